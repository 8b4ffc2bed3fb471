/**
 * Never silent: "其中，黑龙江25个社区入选", "我市有12个村榜上有名" — a story says how many of
 * a place's units were chosen and names fewer of them (often none: the list is another
 * document's). The stated share is said, with where it is, never lost in silence.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ListDraft } from './drafts';
import { unreadInlineShares } from './inline-shares';
import { provinceByName } from './provinces';
import { withoutRunningTotals } from './running-totals';
import { totalBeforeShare } from './share-counts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** The verbs that make counted units members: a text without one states no share. */
const MEMBER_VERB = '(?:被评为|被命名为|被确定为|被认定为|入选|入围|上榜|获评|榜上有名)';
const HAS_MEMBER_VERB = new RegExp(MEMBER_VERB);
/** A place, "有" maybe, a count of units, and the verb that makes them members. */
const SHARE = new RegExp(
  `([\\u4e00-\\u9fff]{2,12}?)(?:共有|已有|有|共)?\\s*${N}\\s*(?:个|家|所)\\s*(?:社区|村|行政村|乡镇|镇|乡|街道|城区|县|单位)[^。；;，,！!？?\\n]{0,6}?${MEMBER_VERB}`,
  'g',
);
/** The story's own place in its words: "我省", "本市", "全县". */
const OWN_PLACE = /^(?:我|本|全)(?:省|市|州|县|区|盟|旗)$/;

/** Whether the words before the count end with a place: a division written out, or "我省". */
function placeBefore(words: string, lookup: RegionLookup): string | null {
  for (let i = 0; i <= words.length - 2; i++) {
    const tail = words.slice(i);
    if (OWN_PLACE.test(tail) || provinceByName(tail)) return tail;
    const hit = lookup.splitPrefix(tail, {});
    if (hit && hit.end === tail.length) return tail;
  }
  return null;
}

export function unreadShares(
  doc: KeyedText,
  lookup: RegionLookup,
  records: number,
  warnings: NoticeWarning[],
  lists: ListDraft[] = [],
): NoticeWarning[] {
  // A share naming its members in its own sentence is checked there, whatever else was said.
  const inline = unreadInlineShares(doc, lists);
  if (inline.length > 0 || warnings.some((w) => w.code === 'count_mismatch')) return inline;
  // The pattern tries every position of the text; one look for its verb settles most notices.
  if (!HAS_MEMBER_VERB.test(doc.key)) return [];
  // "截至目前，我市共有9个社区被命名为…": a tally of every round so far, no share of this one.
  for (const m of withoutRunningTotals(doc.key).matchAll(SHARE)) {
    const stated = parseNumber(m[2] ?? '');
    if (stated === null || stated < 2 || stated > 2000 || stated <= records) continue;
    const place = placeBefore(m[1] ?? '', lookup);
    if (!place) continue;
    // "湖南省75个社区榜上有名。邵阳市6个社区在列，分别为：" — a wider share, the narrower one read.
    if (totalBeforeShare(doc.key, m.index ?? 0, stated, lists)) continue;
    const at = (m.index ?? 0) + (m[1] ?? '').length - place.length;
    const said = doc.text.slice(at, (m.index ?? 0) + m[0].length).trim();
    return [
      {
        code: 'count_mismatch',
        message: `“${said}”称有${stated}个，实际读到${records}个（其余未在通知中列出，或名称未能识别），请核对`,
        stated,
        found: records,
      },
    ];
  }
  return [];
}
