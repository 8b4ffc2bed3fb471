/** Chinese labels for the dedupe screen. */
import type { LedgerRecord } from '../../../../shared/domain';

export const RELATION_LABELS: Record<string, string> = {
  same_place_other_programme: '同地不同项目',
  renamed: '地名变更',
  parent_child: '上下级单位',
};

export const scoreText = (s: number) => `${Math.round(s * 100)}%`;

/** "000_fb6b….txt" is how staff recognise a notice; long names are cut in the middle. */
export const fileLabel = (f: string | null) =>
  f === null ? '—' : f.length > 22 ? `${f.slice(0, 10)}…${f.slice(-8)}` : f;

const blank = (s: string | null | undefined) => !s?.trim();

/**
 * One record on a line of the side lists: its place, its title, its programme. A zone has
 * no title as a rule (stored blank): the line then goes on to the programme, never 「｜｜」.
 */
export const recordLine = (r: LedgerRecord | null | undefined) =>
  r
    ? [blank(r.regionText) ? '（地区未知）' : r.regionText, r.title, r.programme]
        .filter((x) => !blank(x))
        .join('｜')
    : '（记录已不在）';

/** The notices a kept record came from, each once: two entries of one notice name it once. */
export const sourceFiles = (r: LedgerRecord | null | undefined) =>
  [...new Set(r?.mentions.map((m) => m.file) ?? [])].join('、');
