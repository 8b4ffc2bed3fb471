/**
 * A run of entry numbers stated for a list, "初选入围案例（第001-030号）", "（001—030号）",
 * "第1-30号案例：": the list holds as many entries as the run spans. Only a run set in
 * brackets or written with 第 and leading into the list counts; the same digits as a
 * document number ("〔2023〕1-3号"), a date ("5月1-3号"), a building ("1-3号楼") or a page
 * say nothing about a list.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { KeyedText } from './text-key';

/**
 * 1: "(" right before, 2: 第, 3 and 4: the run's ends, 5: what follows 号. Not after a
 * digit, a letter, a bracket of a document number or a date's unit.
 */
const RANGE =
  /(?<![0-9A-Za-z〔〕[\]年月日期./:])(\(\s*)?(第)?\s*([0-9]{1,4})\s*[-—–~～至到]\s*第?\s*([0-9]{1,4})\s*号(?![0-9楼院房室线门文令栋幢单元期])(\s*[):：]?)/g;

/** Words before a run that make it a list's numbering: what the list is of. */
const LIST_NOUN = /(案例|名单|名录|入围|入选|候选|项目|作品|单位|典型|示范|试点|村|社区)/;

const SENTENCE_END = /[。；;！!？?\n]/;

interface NumberedRange {
  stated: number;
  start: number;
  end: number;
}

function* numberedRanges(key: string): Generator<NumberedRange> {
  for (const m of key.matchAll(RANGE)) {
    const bracketed = m[1] !== undefined && /^\s*\)/.test(m[5] ?? '');
    const leads = m[2] !== undefined && /[:：]/.test(m[5] ?? '');
    if (!bracketed && !leads) continue;
    const from = Number(m[3]);
    const to = Number(m[4]);
    const stated = to - from + 1;
    if (from < 1 || stated < 2 || stated > 2000) continue;
    yield { stated, start: m.index, end: m.index + m[0].length };
  }
}

/** The count the first run of entry numbers in `key` states, with where it is, or null. */
export function rangeCount(key: string): { n: number; at: number } | null {
  for (const r of numberedRanges(key)) {
    // A heading or intro of a list: the run follows what the list is of.
    if (LIST_NOUN.test(clauseBefore(key, r.start))) return { n: r.stated, at: r.start };
  }
  return null;
}

function clauseBefore(key: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 40 && !SENTENCE_END.test(key[from - 1]!)) from--;
  return key.slice(from, at);
}

/**
 * Never silent: a notice that numbers its list "（第001-030号）" and yields fewer entries
 * (the rest cut off, or in a layout nobody has taught us) says how many it stated.
 */
export function unreadRanges(
  doc: KeyedText,
  records: number,
  warnings: NoticeWarning[],
): NoticeWarning[] {
  if (warnings.some((w) => w.code === 'count_mismatch')) return [];
  const hit = rangeCount(doc.key);
  if (!hit || hit.n <= records) return [];
  const named = doc.text.slice(Math.max(0, hit.at - 12), hit.at + 12).trim();
  return [
    {
      code: 'count_mismatch',
      message: `“${named}”编号共${hit.n}个，实际读到${records}个（其余未在通知中列出，或格式未能识别），请核对`,
      stated: hit.n,
      found: records,
    },
  ];
}
