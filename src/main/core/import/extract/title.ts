/**
 * Picks the notice's title among its lines: never blindly the first line (web pages
 * start with breadcrumbs, reprints with an unrelated heading). A title looks like one
 * (关于…的通知/批复, …名单, names a programme), sits near the top, and is about what
 * the body talks about; a title-like first line the body never echoes is reported.
 */
import { kindNamed } from './programme';
import { splitRegionKey } from './region-heuristic';
import type { KeyedText, Line } from './text-key';

const META =
  /^(时间|发布时间|发布日期|日期|来源|文章来源|信息来源|作者|字体|浏览|点击|索引号|成文日期|发文|主题词|分享|打印|附件)/;
const ABOUT = /关于.{2,}的(通知|批复|通报|决定|意见|函|公告|公示|报告|请示|复函|决议)$/;
const DOC_TYPE = /(通知|批复|通报|决定|意见|公告|公示|名单|方案|办法|细则|规定|复函|决议)$/;
const GENERIC =
  /关于|通知|批复|通报|决定|意见|公告|公示|名单|方案|办法|工作|全面|推进|进一步|开展|加强|有关|事项|实施/g;

export interface TitlePick {
  title: string;
  start: number;
  end: number;
  line: number;
}

function cleanLine(line: Line): { text: string; start: number } {
  const m = /^[#\s]+/.exec(line.raw);
  const lead = m ? m[0].length : 0;
  return { text: line.raw.slice(lead).trim(), start: line.start + lead };
}

function score(line: Line, total: number): number {
  const t = line.trimmed.replace(/^#+\s*/, '');
  if (t.length < 6 || t.length > 90) return -1;
  if (/[。；;，,:：!！?？]$/.test(t) || META.test(t) || /[>»]{1,2}|首页|当前位置|\t/.test(t))
    return -1;
  if (/^[(（].*[)）]$/.test(t)) return -1;
  let s = 0;
  if (ABOUT.test(t)) s += 10;
  if (DOC_TYPE.test(t)) s += 6;
  if (/名单|公示/.test(t)) s += 2;
  if (kindNamed(t)) s += 3;
  if (s === 0) return -1;
  if (/^#/.test(line.trimmed)) s += 1;
  s += 2 * (1 - line.index / Math.max(1, total));
  return s;
}

export function pickTitle(doc: KeyedText, hint?: string): TitlePick | null {
  let best: TitlePick | null = null;
  let bestScore = 2.5;
  for (const line of doc.lines) {
    const s = score(line, doc.lines.length);
    if (s > bestScore) {
      const c = cleanLine(line);
      bestScore = s;
      best = { title: c.text, start: c.start, end: c.start + c.text.length, line: line.index };
    }
  }
  if (hint && hint.trim().length >= 6) {
    const h = hint.trim();
    const fake: Line = { index: 0, start: 0, end: 0, raw: h, key: h, trimmed: h, trimmedStart: 0 };
    const s = score(fake, doc.lines.length) + 1;
    if (s > bestScore) {
      const at = doc.text.indexOf(h);
      best = { title: h, start: Math.max(0, at), end: at >= 0 ? at + h.length : 0, line: -1 };
    }
  }
  return best;
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const cjk = text.replace(/[^\u4e00-\u9fff]/g, '');
  for (let i = 0; i + 1 < cjk.length; i++) out.add(cjk.slice(i, i + 2));
  return out;
}

/**
 * Share of the title's content words the rest of the text repeats. A real title's
 * topic recurs in its body; an unrelated heading spliced on top (another document's
 * title) shares little beyond generic words.
 */
export function titleRelatedness(doc: KeyedText, pick: TitlePick): number {
  let key = doc.key.slice(pick.start, pick.end).replace(GENERIC, ' ');
  const region = splitRegionKey(key.trim());
  if (region) key = key.trim().slice(region.end);
  const grams = bigrams(key);
  if (grams.size === 0) return 1;
  const body = doc.key.slice(0, pick.start) + doc.key.slice(pick.end);
  let hit = 0;
  for (const g of grams) if (body.includes(g)) hit++;
  return hit / grams.size;
}
