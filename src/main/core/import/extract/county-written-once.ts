/**
 * "烟台市芝罘区毓璜顶街道大海阳社区“…”工作法、凤凰台街道中台社区“…”工作法、…": a county written
 * once, at the head of a sentence's first entry, is inherited by the entries after it that are
 * written below their county (a street, a community, a village with no county of their own), as
 * a province or city written once is in a sentence list. An entry writing its own county, city or
 * province keeps what it writes, and the entries after it are read below what it writes.
 */
import type { ListDraft } from './drafts';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A division above a township, written in an entry ("峄城区阴平镇"); 社区 is no such word. */
const ABOVE_TOWNSHIP = /[省市州县区旗盟]/;

/** The county the text starts with, written whole ("烟台市芝罘区…" → 芝罘区). */
function countyAtHead(text: string, lookup: RegionLookup): RegionContext | null {
  if (!lookup.countyWritten) return null;
  const key = toKey(text);
  for (let end = key.length - 1; end >= 2; end--) {
    if (!/[区县市旗]/.test(key[end - 1] ?? '')) continue;
    const found = lookup.countyWritten(text.slice(0, end));
    if (found) return found;
  }
  return null;
}

export function withCountyWrittenOnce(list: ListDraft, lookup: RegionLookup): ListDraft {
  const first = list.items[0];
  let county = first?.regionText ? countyAtHead(first.regionText, lookup) : null;
  if (!county) return list;
  const items = list.items.map((it, i) => {
    if (i === 0 || it.regionContext || !it.regionText) return it;
    if (ABOVE_TOWNSHIP.test(toKey(it.regionText).replace(/社区/g, ''))) {
      // An entry writing its own county begins that county's run: the entries after it are
      // written below it, not below the first ("…李沧区甲街道乙社区“…”、丙社区“…”").
      county = countyAtHead(it.regionText, lookup);
      return it;
    }
    return county ? { ...it, regionContext: county } : it;
  });
  return { ...list, items };
}
