/**
 * The name of a site a sentence takes a standing away from, written between its place and the
 * words that take it ("给予山西省晋中市乔家大院景区取消旅游景区质量等级处理", "撤销厦门海沧大桥旅游区
 * 4A级旅游景区质量等级"): the site is the entry, its place the region, as a scenic area in a list
 * is titled by its own name. Only a site noun closes the name (景区, 旅游区, 公园…), right before
 * the taking verb or the grade it loses; a village losing its title (撤销A村“…”称号) has none.
 */
import { toKey } from './text-key';

const SITE_NAME =
  /^([\u4e00-\u9fff·]{1,20}?(?:景区|风景区|旅游区|度假区|公园|景点|博览城|山庄|古城))(?=\s*(?:取消|撤销|摘除|[0-9]A级|[1-5]A))/;

/** The site's name at the start of `rest` (the words after its place, as written), or null. */
export function revokedSiteName(rest: string): string | null {
  const raw = rest.trim();
  const m = SITE_NAME.exec(toKey(raw));
  return m ? raw.slice(0, m[1]!.length) : null;
}
