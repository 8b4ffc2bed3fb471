/**
 * Never silent, share by share: "…，某省有两家机构上榜，分别为A、B。" — a place's share that
 * names its members in the same sentence is checked against the entries read in that sentence,
 * whatever other counts the page states (a national total beside it is no answer for the share).
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** A province's or city's share, its count, its kind of unit and the verb, then "分别为/是". */
const NAMED_SHARE = new RegExp(
  `([\\u4e00-\\u9fff]{2,8}?(?:省|市|区|县|州|盟|旗|自治区))(?:共有|有|共)?\\s*${N}\\s*(?:个|家|所)\\s*(?:社区|村|行政村|乡镇|镇|乡|街道|城区|县|区|单位|机构|医院)[^。；;，,！!？?\\n]{0,6}?(?:被评为|被命名为|被确定为|被认定为|入选|入围|上榜|获评|榜上有名)[^。；;，,]{0,16}?[，,]?\\s*(?:分别是|分别为)[:：]?`,
  'g',
);
/** Where the share's sentence (or its clause after ；) ends. */
const CLAUSE_END = /[。；;\n]/;

export function unreadInlineShares(doc: KeyedText, lists: readonly ListDraft[]): NoticeWarning[] {
  if (!/分别(?:是|为)/.test(doc.key)) return [];
  const starts = lists.flatMap((l) => l.items.map((it) => it.start));
  const out: NoticeWarning[] = [];
  for (const m of doc.key.matchAll(NAMED_SHARE)) {
    const stated = parseNumber(m[2] ?? '');
    if (stated === null || stated < 1 || stated > 200) continue;
    const from = (m.index ?? 0) + m[0].length;
    const rest = doc.key.slice(from);
    const to = from + (CLAUSE_END.exec(rest)?.index ?? rest.length);
    // "…分别是：" closing its line: the members are the lines below, which the lists' counts check.
    if (doc.key.slice(from, to).trim() === '') continue;
    const found = starts.filter((s) => s >= from && s < to).length;
    if (found >= stated) continue;
    const said = doc.text.slice(m.index ?? 0, Math.min(to, (m.index ?? 0) + m[0].length + 30));
    out.push({
      code: 'count_mismatch',
      message: `“${said.trim()}”称有${stated}个，这句中读到${found}个（名称未能识别），请核对`,
      stated,
      found,
    });
  }
  return out;
}
