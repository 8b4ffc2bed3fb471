/**
 * Scores what the pipeline stored for one composed notice against its expected records.
 * A record is right when its region code and its title (modulo punctuation width and
 * spacing) both match one expected record; each expected record can be matched once, so
 * order does not matter and duplicates count as extra.
 */
import type { LedgerRecord } from '../../../src/shared/domain';
import { normaliseTitle } from '../normalise-title';
import type { ExpectedRecord } from './spec';

export interface NoticeScore {
  id: string;
  expected: number;
  got: number;
  right: number;
  /** Right code and title, and the expected unit code where one is given. */
  unitRight: number;
  unitExpected: number;
  missing: number;
  extra: number;
  wrong: string[];
}

export function scoreNotice(
  id: string,
  expected: readonly ExpectedRecord[],
  got: readonly LedgerRecord[],
): NoticeScore {
  const used = new Set<number>();
  let right = 0;
  let unitRight = 0;
  const wrong: string[] = [];
  for (const e of expected) {
    const i = got.findIndex(
      (r, k) =>
        !used.has(k) &&
        r.regionCode === e.code &&
        normaliseTitle(r.title) === normaliseTitle(e.title),
    );
    if (i >= 0) {
      used.add(i);
      right++;
      if (e.unitCode && got[i]?.unitCode === e.unitCode) unitRight++;
    } else {
      // Show the record at the same position, to say what went wrong.
      const near = got.find(
        (r) =>
          (e.seq !== null && r.seq === e.seq) ||
          normaliseTitle(r.title) === normaliseTitle(e.title),
      );
      wrong.push(
        `${e.seq ?? '-'} ${e.region}「${e.title}」→ ${near ? `${near.regionCode ?? 'null'} ${near.regionText ?? ''}「${near.title ?? ''}」` : '(none)'}`,
      );
    }
  }
  const extraRecords = got.filter((_r, k) => !used.has(k));
  return {
    id,
    expected: expected.length,
    got: got.length,
    right,
    unitRight,
    unitExpected: expected.filter((e) => e.unitCode).length,
    missing: Math.max(0, expected.length - got.length),
    extra: Math.max(0, got.length - expected.length),
    wrong: [
      ...wrong,
      ...(got.length > expected.length
        ? extraRecords.map((r) => `extra: ${r.regionText ?? ''}「${r.title ?? ''}」`)
        : []),
    ],
  };
}

export function formatScores(scores: readonly NoticeScore[]): string {
  const lines = scores.map(
    (s) =>
      `${s.id.padEnd(36)} ${String(s.right).padStart(2)}/${String(s.expected).padEnd(2)} got ${String(s.got).padStart(2)}${s.wrong.length ? '\n    ' + s.wrong.join('\n    ') : ''}`,
  );
  const right = scores.reduce((a, s) => a + s.right, 0);
  const total = scores.reduce((a, s) => a + s.expected, 0);
  lines.push(`overall ${right}/${total} = ${((right / Math.max(1, total)) * 100).toFixed(1)}%`);
  return lines.join('\n');
}
