/**
 * Two credits at a story's foot that name its outlet in a shape of their own:
 *
 * - a source line wholly in brackets ("（文章来源：某某社）", "(来源:某某日报)"): the brackets set the
 *   name apart, so it is the outlet whatever its name ends with, as a closing credit's 《》 are;
 *   an organ's name there (来源：市民政局) is left to the organ's reading, and a generic word
 *   (网络, 本站) names no one;
 * - an e-paper's property line, the record its system prints under the page ("2019-10-16 张三 1 1
 *   某某日报 content_27505.html 1 3 headline"): the paper's name stands right before the page's
 *   file name.
 */
import { toKey } from './text-key';

const BRACKETED_SOURCE =
  /^[(（]\s*(?:文章来源|信息来源|稿件来源|来源)\s*[:：]\s*([\u4e00-\u9fff]{2,12})\s*[)）]$/;
/** An organ's ending: such a source is who issued the text, not an outlet. */
const ORGAN_END = /(?:部|厅|局|委|办|处|科|司|中心|政府|办公室|委员会)$/;
/**
 * A unit of a place: a county portal credits the town, street, community or village that wrote
 * the item up (（来源：某某镇）), a unit of the place, not an outlet.
 */
const PLACE_UNIT_END = /(?:省|市|县|区|旗|镇|乡|街道|社区|村|村委会|居委会|嘎查|苏木)$/;
/** Words naming no one: the web at large, this site, the paper itself. */
const NOBODY = /^(?:互联网|网络|本站|本网|本报|原创|转载|综合|不详|未知|网友|其他|其它)$|网站/;

export function bracketedSource(key: string): string | null {
  const name = BRACKETED_SOURCE.exec(key.trim())?.[1];
  if (!name || ORGAN_END.test(name) || PLACE_UNIT_END.test(name) || NOBODY.test(name)) return null;
  return name;
}

/** A date, then the record's fields, the paper's name right before its page file (*.html). */
const EPAPER_PROPERTY =
  /^(?:-->\s*)?\d{4}-\d{2}-\d{2}\s+(?:\S+\s+){0,4}?([\u4e00-\u9fff]{2,10})\s+[a-z_]*\d+\.html?(?:\s|$)/i;

export function epaperPaper(key: string, isOutlet: (name: string) => boolean): string | null {
  const name = EPAPER_PROPERTY.exec(key.trim())?.[1];
  return name && isOutlet(toKey(name)) ? name : null;
}
