import { describe, expect, it } from 'vitest';
import { planRetention, weekKey, type BackupInfo } from '../../../src/main/db/backup-retention';

const at = (iso: string, reason = 'daily'): BackupInfo => ({
  file: `${iso}.${reason}.bak`,
  at: new Date(iso),
  reason,
});
const names = (xs: BackupInfo[]) => xs.map((b) => b.file).sort();

describe('backup retention (7 daily + 4 weekly)', () => {
  it('keeps nothing but what exists, and always the newest', () => {
    expect(planRetention([])).toEqual({ keep: [], remove: [] });
    const one = [at('2026-01-05T08:00:00Z')];
    expect(planRetention(one).keep).toEqual(one);
  });

  it('keeps the newest of each of the last 7 days, dropping older ones of the same day', () => {
    const list = [
      at('2026-03-10T09:00:00Z'),
      at('2026-03-10T17:00:00Z'),
      ...Array.from({ length: 6 }, (_, i) => at(`2026-03-0${i + 1}T12:00:00Z`)),
    ];
    const { keep, remove } = planRetention(list, { daily: 7, weekly: 0 });
    expect(names(remove)).toEqual(['2026-03-10T09:00:00Z.daily.bak']);
    expect(keep).toHaveLength(7);
  });

  it('keeps one per week for 4 weeks before the daily ones, then lets go', () => {
    // 60 days of daily backups.
    const list = Array.from({ length: 60 }, (_, i) =>
      at(new Date(Date.UTC(2026, 0, 1 + i, 12)).toISOString()),
    );
    const { keep } = planRetention(list);
    expect(keep).toHaveLength(7 + 4);
    const weekly = keep.slice(7);
    expect(new Set(weekly.map((b) => weekKey(b.at))).size).toBe(4);
    // Every weekly one is older than every daily one.
    expect(Math.max(...weekly.map((b) => b.at.getTime()))).toBeLessThan(
      Math.min(...keep.slice(0, 7).map((b) => b.at.getTime())),
    );
  });

  it('never removes a manual backup', () => {
    const list = [
      at('2025-01-01T00:00:00Z', 'manual'),
      ...Array.from({ length: 30 }, (_, i) => at(new Date(Date.UTC(2026, 0, 1 + i)).toISOString())),
    ];
    expect(names(planRetention(list).keep)).toContain('2025-01-01T00:00:00Z.manual.bak');
  });

  it('puts weeks on Mondays (UTC)', () => {
    expect(weekKey(new Date('2026-11-22T10:00:00Z'))).toBe('2026-11-16'); // a Sunday
    expect(weekKey(new Date('2026-11-16T00:00:00Z'))).toBe('2026-11-16'); // a Monday
  });
});

describe('manual backups stay outside the rotation', () => {
  it("a manual backup does not push out the same day's automatic one", () => {
    const list = [at('2026-03-10T08:00:00Z', 'daily'), at('2026-03-10T09:00:00Z', 'manual')];
    expect(planRetention(list).remove).toEqual([]);
  });
});

describe('pre-restore backups are kept (issue #20, finding 4)', () => {
  const now = new Date('2026-03-10T18:00:00Z');
  it('two pre-restore backups of one day both survive a later backup that day', () => {
    const list = [
      at('2026-03-10T09:00:00Z', 'pre-restore'),
      at('2026-03-10T10:00:00Z', 'pre-restore'),
      at('2026-03-10T11:00:00Z', 'daily'),
    ];
    expect(planRetention(list, undefined, now).remove).toEqual([]);
  });

  it('keeps them for 30 days whatever the rotation says, then lets the rule decide', () => {
    const list = [
      ...Array.from({ length: 40 }, (_, i) =>
        at(new Date(Date.UTC(2026, 1, 1 + i, 12)).toISOString(), 'pre-restore'),
      ),
    ];
    const { keep } = planRetention(list, { daily: 1, weekly: 0 }, now);
    const cutoff = now.getTime() - 30 * 86_400_000;
    for (const b of list) if (b.at.getTime() >= cutoff) expect(keep).toContain(b);
    expect(keep.length).toBeLessThan(list.length);
  });
});
