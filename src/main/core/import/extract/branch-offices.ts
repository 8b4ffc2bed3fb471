/**
 * "某某集团有限公司某市分公司", "某某银行股份有限公司某县支行": a company's branch is written as
 * the company's name, then the city or county it serves, then the branch word. The place is
 * inside the name, not at its head: the entry lies in that place and is listed as the
 * branch's whole name.
 */
import type { RegionLookup } from './types';

/** Characters of a name: no separator, no function word that would end it. */
const NAME_CHAR = '(?![，。,;；、的被和及与等为])[\\u4e00-\\u9fff]';
const BRANCH = new RegExp(`^\\s*((?:${NAME_CHAR}){4,36}?)(分公司|分行|支行|支公司|营业部|分局)`);
/** What ends a company's name (某某银行, 某某集团): a business, never a place or a site. */
export const COMPANY_END = /(公司|银行|集团|保险)$/;

export interface BranchOffice {
  /** The city or county written inside the name. */
  place: string;
  /** The branch's whole name, and where it starts and ends in the text. */
  name: string;
  at: number;
  end: number;
}

/** The branch `text` opens with, when the words between company and branch word are a place. */
export function branchOffice(text: string, lookup: RegionLookup): BranchOffice | null {
  const m = BRANCH.exec(text);
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  const head = m[1]!;
  for (let i = 4; i <= head.length - 2; i++) {
    const place = head.slice(i);
    if (!COMPANY_END.test(head.slice(0, i))) continue;
    const hit = lookup.splitPrefix(place, {});
    if (hit && hit.end === place.length)
      return { place, name: m[0].trim(), at: lead, end: m[0].length };
  }
  return null;
}
