/**
 * The time zone a federal district court keeps, from the district's name ("Eastern District of
 * California" -> America/Los_Angeles). Used only as a suggestion next to this computer's own zone:
 * a few states span two zones, so the screens say "the court's time zone" and let the person pick.
 */
const STATE_ZONES: readonly [RegExp, string][] = [
  [/\b(?:california|oregon|washington|nevada)\b/i, 'America/Los_Angeles'],
  [/\barizona\b/i, 'America/Phoenix'],
  [/\bidaho\b/i, 'America/Boise'],
  [/\b(?:colorado|utah|new mexico|wyoming|montana)\b/i, 'America/Denver'],
  [/\balaska\b/i, 'America/Anchorage'],
  [/\bhawai/i, 'Pacific/Honolulu'],
  [/\bguam\b|\bnorthern mariana/i, 'Pacific/Guam'],
  [/\bpuerto rico\b/i, 'America/Puerto_Rico'],
  [/\bvirgin islands\b/i, 'America/St_Thomas'],
  [/\bindiana\b/i, 'America/Indiana/Indianapolis'],
  [/\bmichigan\b/i, 'America/Detroit'],
  // Knoxville and Chattanooga keep Eastern time; Nashville and Memphis keep Central.
  [/\beastern district of tennessee\b/i, 'America/New_York'],
  [
    /\b(?:texas|oklahoma|kansas|nebraska|(?:north|south) dakota|minnesota|iowa|missouri|arkansas|louisiana|mississippi|alabama|tennessee|wisconsin|illinois)\b/i,
    'America/Chicago',
  ],
  [
    /\b(?:new york|new jersey|pennsylvania|delaware|maryland|district of columbia|virginia|west virginia|(?:north|south) carolina|georgia|florida|ohio|kentucky|massachusetts|connecticut|rhode island|vermont|new hampshire|maine)\b/i,
    'America/New_York',
  ],
];

/** The court's IANA time zone, or null when the district does not say which. */
export function courtTimeZone(district: string, court = ''): string | null {
  const words = `${district} ${court}`;
  for (const [re, zone] of STATE_ZONES) if (re.test(words)) return zone;
  return null;
}
