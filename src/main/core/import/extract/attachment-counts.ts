/**
 * Counts whose lists the notice sends to its attachments: "参与验收的34家园区全部通过验收（名单见
 * 附件）", "确定…委托项目6个（见附件1）…重点项目31个（见附件2）、…一般项目105个（见附件3）". Each
 * such count is what its attachment holds, so together they are the notice's total: a page that
 * shows fewer (one attachment of three, a list cut) has lost entries, whatever the lines read.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** The attachment a count points to: "（名单见附件）", "（见附件2）", "(详见附件)". */
const SEE = `\\s*[（(]\\s*(?:名单)?(?:详)?见附件\\s*([0-9一二三四五六七八九十]*)\\s*[)）]`;
/**
 * A count right before its attachment: after what it counts ("委托项目6个（见附件1）") or before
 * it, the clause going on to what they did ("34家园区全部通过验收（名单见附件）"). Never past 等
 * (the examples' count is their list's, read with them) nor across a clause.
 */
const COUNTED = new RegExp(
  `(?<![等${CHINESE_NUMERAL_CHARS}0-9]\\s*)${N}\\s*(?:个|家|项|处|所)[^，,。；;：:！!？?\\n0-9（(]{0,12}?${SEE}`,
  'g',
);

/** What a list's entries are, said right before the count or between it and its attachment. */
const ENTRY_NOUN =
  /案例|项目|社区|村|小区|单位|典型|实验区|试点|观察点|示范点|示范区|园区|基地|镇|乡|街道|县|区|组织|机构|站|中心/;

/**
 * A tally of what was built ("建成200个社区养老服务站（名单见附件）", "新建…30个…"): a count of
 * work done, told in a progress report, no list's count, whatever its attachment shows.
 */
const BUILT = /(?:建成|新建|建设|改建|改造|建起|建好)了?\s*$/;
/** A clause saying the things built were checked or named: their list is the attachment's. */
const NAMED_BUILT = /验收|认定|命名|评定|评审|确定|公布|授予/;

/** The sentence's words before a position. */
function clauseBefore(key: string, at: number): string {
  const from = Math.max(key.lastIndexOf('。', at - 1), key.lastIndexOf('\n', at - 1)) + 1;
  return key.slice(from, at);
}

export interface AttachmentTotal {
  n: number;
  start: number;
  end: number;
}

/** The total the counts sent to distinct attachments make, or null when none is. */
export function attachmentTotal(key: string): AttachmentTotal | null {
  const seen = new Set<string>();
  let total: AttachmentTotal | null = null;
  for (const m of key.matchAll(COUNTED)) {
    const n = parseNumber(m[1] ?? '');
    const which = m[2] ?? '';
    if (n === null || seen.has(which)) continue;
    // "现将3项制度（见附件）印发": a count of documents or rules promises no entries.
    const start0 = m.index ?? 0;
    const said = key.slice(Math.max(0, start0 - 6), start0) + m[0];
    if (!ENTRY_NOUN.test(said.replace(/见附件.*$/, ''))) continue;
    if (
      BUILT.test(key.slice(Math.max(0, start0 - 4), start0)) &&
      !NAMED_BUILT.test(clauseBefore(key, start0))
    )
      continue;
    seen.add(which);
    const start = start0;
    total = total
      ? { n: total.n + n, start: total.start, end: start + m[0].length }
      : { n, start, end: start + m[0].length };
  }
  return total;
}
