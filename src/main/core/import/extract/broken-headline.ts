/**
 * A headline a page set in two lines, broken mid-phrase ("某市再命名48家市级" / "农业产业化龙头企业"):
 * the first line ends on a word that must be followed by the thing it qualifies, so the short
 * heading line right under it goes on with the same headline.
 */
import { cleanLine, lineText, looksLikeHeading, type TitlePick } from './title-line';
import { toKey, type KeyedText } from './text-key';
import { organ } from './issuer';
import { heuristicRegionLookup } from './region-heuristic';

/**
 * What no headline ends with: an attributive or a joining word (…的, …和, …与, …及, …暨) or a
 * level before its noun (市级, 省级, 国家级), each waiting for the thing it qualifies. A count
 * ends a headline whole ("…山东仅4个"), and so does a noun in 级 (等级).
 */
const OPEN_END = /(?:的|和|与|及|暨|(?:国家|省|市|县|区|州|镇)级)$/;
/** The longest a headline's second line runs; a longer line is the body's first sentence. */
const SECOND_LINE_CHARS = 20;

/**
 * A headline's words run on unbroken: a space, a dash or a bracket sets another field under it
 * (a subtitle "——记…", a 文号 "某发〔2023〕1号", a chapter "第一章 …").
 */
const NOT_WORDS = /[^\u4e00-\u9fff0-9A-Za-z、“”"《》]/;
/** A date under the headline ("2023年5月6日", "二〇二三年五月六日") is the page's stamp. */
const DATE = /[0-9〇零一二三四五六七八九十]{2,4}年[0-9〇零一二十]{1,2}月/;
/** A bureau's name (某县农业农村局, 市场监管局) under the headline signs it: no noun it qualifies. */
const BUREAU_END = /(?:局|厅|部|委员会|政府|办公室)$/;

/** Whether a short heading line is the rest of the headline, not a field set under it. */
function goesOn(t: string): boolean {
  if (NOT_WORDS.test(t) || DATE.test(t)) return false;
  const key = toKey(t);
  const signs = organ(t) && (BUREAU_END.test(key) || heuristicRegionLookup.splitPrefix(key, {}));
  return !signs;
}

export function brokenHeadline(doc: KeyedText, pick: TitlePick, limit: number): TitlePick {
  if (pick.line < 0 || !OPEN_END.test(toKey(pick.title).trim())) return pick;
  const next = doc.lines.find((l) => l.index > pick.line && l.trimmed !== '');
  if (!next || next.index >= limit) return pick;
  const t = lineText(next);
  if (
    t.length > SECOND_LINE_CHARS ||
    /[，。；,:：!?！？\t]/.test(t) ||
    !looksLikeHeading(t) ||
    !goesOn(t)
  )
    return pick;
  const c = cleanLine(next);
  return { ...pick, title: `${pick.title}${c.text}`, end: c.start + c.text.length };
}
