/**
 * "1.浙江省三门县，命名为“三门国家体育产业示范基地”;": an honour list may follow each place
 * with the name the honour gives it — the place written short, then the honour's own name. That
 * name is the title the list confers, not a theme or a case of the unit's own, so the entry has
 * no title. A quoted name of the unit's own after 命名为 (a case, a method: no honour word, no
 * scope) stays its title. A city's development zone written after it (合肥市高新技术产业开发区，命名为
 * “…”) is read at the city and leaves the zone's words before the naming: they are the place's
 * own, not a title either.
 */
const NAMING =
  /^(?:[\u4e00-\u9fff]{0,10}(?:开发区|高新区|新区|园区|试验区|实验区))?[，,]?\s*(?:被)?(?:命名为|授予)[“"「]([^“”"「」]{2,40})[”"」](?:称号)?\s*[;；。，,]?\s*$/;
/** An honour's name: a national or provincial scope and a demonstration, pilot or experiment. */
const HONOUR = /(?:国家|全国|省级|全省)[\u4e00-\u9fff]*?(?:示范|试点|实验)[\u4e00-\u9fff]*$/;

/** True when a listed unit's title is only the honour's naming of its place. */
export function isHonourNaming(title: string): boolean {
  const m = NAMING.exec(title.trim());
  return !!m && HONOUR.test(m[1]!);
}
