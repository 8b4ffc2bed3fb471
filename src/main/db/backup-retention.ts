/**
 * Which backups to keep: a pure rule, so it is tested on its own.
 * Kept: every manual backup (outside the rotation: it never takes an automatic one's slot);
 * of the automatic ones, the newest of each of the last `daily` days that have one, the
 * newest of each of the last `weekly` weeks (Monday-based, UTC) before those, and always
 * the newest of all. Everything else may be removed.
 */
export interface BackupInfo {
  file: string;
  at: Date;
  reason: string;
}

export interface RetentionRule {
  daily: number;
  weekly: number;
}

export const DEFAULT_RETENTION: RetentionRule = { daily: 7, weekly: 4 };

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
): { keep: BackupInfo[]; remove: BackupInfo[] } {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<BackupInfo>();
  for (const b of newestFirst) if (b.reason === 'manual') keep.add(b);
  const automatic = newestFirst.filter((b) => b.reason !== 'manual');
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
