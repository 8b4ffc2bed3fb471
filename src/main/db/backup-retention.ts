/**
 * Which backups to keep: a pure rule, so it is tested on its own.
 * Kept: every manual backup (outside the rotation: it never takes an automatic one's slot);
 * every pre-restore backup younger than `preRestoreDays` (also outside the rotation: it
 * holds the work a restore replaced, and two restores in one day must not leave only the
 * newer one); of the automatic ones, the newest of each of the last `daily` days that have
 * one, the newest of each of the last `weekly` weeks (Monday-based, UTC) before those,
 * and always the newest of all. Everything else may be removed.
 */
export interface BackupInfo {
  file: string;
  at: Date;
  reason: string;
}

export interface RetentionRule {
  daily: number;
  weekly: number;
  /** Pre-restore backups are never removed before this many days (default 30). */
  preRestoreDays?: number;
}

export const DEFAULT_RETENTION: RetentionRule = { daily: 7, weekly: 4, preRestoreDays: 30 };

const DAY_MS = 86_400_000;
const dayKey = (d: Date) => d.toISOString().slice(0, 10);

/** The Monday (UTC) of the week a date falls in. */
export function weekKey(d: Date): string {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return dayKey(monday);
}

export function planRetention(
  backups: readonly BackupInfo[],
  rule: RetentionRule = DEFAULT_RETENTION,
  now: Date = new Date(),
): { keep: BackupInfo[]; remove: BackupInfo[] } {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<BackupInfo>();
  const preRestoreCutoff =
    now.getTime() - (rule.preRestoreDays ?? DEFAULT_RETENTION.preRestoreDays!) * DAY_MS;
  const protectedBackup = (b: BackupInfo) =>
    b.reason === 'manual' || (b.reason === 'pre-restore' && b.at.getTime() >= preRestoreCutoff);
  for (const b of newestFirst) if (protectedBackup(b)) keep.add(b);
  const automatic = newestFirst.filter((b) => !protectedBackup(b));
  if (automatic[0]) keep.add(automatic[0]);

  const days = new Map<string, BackupInfo>();
  for (const b of automatic) if (!days.has(dayKey(b.at))) days.set(dayKey(b.at), b);
  const keptDays = [...days.keys()].slice(0, rule.daily);
  for (const d of keptDays) keep.add(days.get(d)!);

  const oldestKeptDay = keptDays[keptDays.length - 1];
  const weeks = new Map<string, BackupInfo>();
  for (const b of automatic) {
    if (oldestKeptDay !== undefined && dayKey(b.at) >= oldestKeptDay) continue;
    if (!weeks.has(weekKey(b.at))) weeks.set(weekKey(b.at), b);
  }
  for (const w of [...weeks.keys()].slice(0, rule.weekly)) keep.add(weeks.get(w)!);

  return {
    keep: newestFirst.filter((b) => keep.has(b)),
    remove: newestFirst.filter((b) => !keep.has(b)),
  };
}
