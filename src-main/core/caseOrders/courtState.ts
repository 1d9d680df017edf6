/**
 * Which state's holidays FRCP 6(a)(6)(C) brings in: the state where the court sits, read from
 * the district's name. Only California's holidays are kept as data so far.
 */
export function courtState(district: string): 'CA' | null {
  return /california/i.test(district) ? 'CA' : null;
}
