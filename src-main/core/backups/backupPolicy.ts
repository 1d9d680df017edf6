/**
 * Which backups to keep: the newest 10, plus the newest one of each day for the last 30 days.
 * A pure function of names and times, so it is easy to test and never touches the disk.
 */
export interface BackupStamp {
  name: string;
  /** When the backup was made (ISO). */
  madeAt: string;
}

export const KEEP_NEWEST = 10;
export const KEEP_DAILY_DAYS = 30;

export function backupsToRemove(backups: BackupStamp[], now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => b.madeAt.localeCompare(a.madeAt));
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST).map((b) => b.name));
  const cutoff = now.getTime() - KEEP_DAILY_DAYS * 24 * 3600 * 1000;
  const daysSeen = new Set<string>();
  for (const b of newestFirst) {
    const t = Date.parse(b.madeAt);
    if (Number.isNaN(t) || t < cutoff) continue;
    const day = b.madeAt.slice(0, 10);
    if (!daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(b.name);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
