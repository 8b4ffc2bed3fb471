/**
 * An outlet whose name ends like no paper or site ("今日某某", a civilisation office's "文明风"):
 * the page's source line above the story names it, and the story tells as it — a dateline
 * opened by the same name ("文明风12月10日讯") or the paper's own 本报讯. Named twice, once as
 * the source and once as the teller, it is the story's outlet whatever its name ends with; an
 * organ's name (某市民政局) on a source line stays an organ's.
 */
import { NOT_OUTLET, SOURCE } from './issuer';
import { writesAsOwnPaper } from './own-paper';
import { toKey, type KeyedText } from './text-key';

/** The next field glued after the source's name (来源：今日某某作者：…). */
const NEXT_FIELD = /(作者|编辑|责任编辑|责编|记者).*$/;
/** Names an organ or a unit rather than an outlet. */
const ORGAN_END = /[部厅局委办处院会所室站组队]$|中心$|政府$/;
/** Source words that name no one (来源：网络, 本站原创). */
const NO_ONE = /^(?:网络|本站|原创|转载|互联网|综合)/;

/** Whether the line opens with the name and its dated 讯 or 电 ("文明风12月10日讯"). */
function tellsAs(lineKey: string, name: string): boolean {
  if (!lineKey.startsWith(name)) return false;
  return /^(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)?[讯电]/.test(
    lineKey.slice(name.length),
  );
}

export function corroboratedOutlet(doc: KeyedText, bodyLine: number): string | null {
  const opening = doc.lines.slice(0, Math.min(doc.lines.length, bodyLine + 2));
  const ownPaper = writesAsOwnPaper(doc, bodyLine);
  for (const line of opening.slice(0, Math.min(opening.length, bodyLine))) {
    const m = SOURCE.exec(line.key);
    if (!m?.[1]) continue;
    const at = line.key.indexOf(m[1], m.index);
    const name = line.raw
      .slice(at, at + m[1].length)
      .replace(NEXT_FIELD, '')
      .trim();
    const key = toKey(name);
    if (!/^[\u4e00-\u9fff]{2,10}$/.test(key) || ORGAN_END.test(key)) continue;
    if (NOT_OUTLET.test(key) || NO_ONE.test(key)) continue;
    if (ownPaper || opening.some((l) => tellsAs(l.key.trim(), key))) return name;
  }
  return null;
}
