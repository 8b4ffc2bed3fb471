/**
 * Per-item warnings of one kind (masked text, a non-standard or unresolved region) are
 * summarised once per notice with the items they hit, so a long list does not bury the rest.
 * The summary names every item (序号, else its place), not only the first one it met: staff
 * go from it to each row to correct.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { isPerItemWarning, type PerItemWarningCode } from '../../../../shared/notice-warnings';
import { itemsListed } from '../item-reference';

/** What the items of a summary share, said after their count ("2项的地区无法识别为行政区划"). */
const SUMMARY: Record<PerItemWarningCode, string> = {
  masked_text: '含有被遮挡的文字（如****）',
  nonstandard_region: '的地区含开发区等非行政区划名称',
  region_unresolved: '的地区无法识别为行政区划',
};

/** "2项的地区无法识别为行政区划：第3项、第7项": how a summary of several items reads. */
export function summaryMessage(
  code: PerItemWarningCode,
  items: readonly { seq: number | null; regionText: string | null }[],
): string {
  const listed = itemsListed(items);
  return `${items.length}项${SUMMARY[code]}${listed ? `：${listed}` : ''}`;
}

interface Group {
  code: PerItemWarningCode;
  seqs: (number | null)[];
  regionTexts: (string | null)[];
  message: string;
}

/** Item warnings of one code are also summarised once per notice with their seqs. */
export function mergeWarnings(list: NoticeWarning[]): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  const grouped = new Map<string, Group>();
  for (const w of list) {
    if (!isPerItemWarning(w)) {
      out.push(w);
      continue;
    }
    const g = grouped.get(w.code);
    if (g) {
      g.seqs.push(w.seq ?? null);
      g.regionTexts.push(w.regionText ?? null);
      const items = g.seqs.map((seq, i) => ({ seq, regionText: g.regionTexts[i] ?? null }));
      g.message = summaryMessage(g.code, items);
    } else {
      const { seq, ...rest } = w;
      const merged = {
        ...rest,
        seqs: [seq ?? null],
        regionTexts: [w.regionText ?? null],
      };
      grouped.set(w.code, merged);
      out.push(merged);
    }
  }
  return out;
}
