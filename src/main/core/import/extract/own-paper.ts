/**
 * The paper a news item calls 本报: a dateline "本报讯" names no outlet by itself, but the
 * page says whose it is — the reporter's bracket right after it ("本报讯（某某日报全媒体记者
 * 某某）"), or a source line naming a site and the paper it carries ("来源：某某网—某某日报"),
 * of which 本报 is the paper, not the site.
 */
import { toKey, type KeyedText } from './text-key';

/** A dateline the paper writes in its own name. */
const OWN_DATELINE = /^(?:【|\[)?本报(?:讯|消息)/;
/** The reporter's bracket after it, naming the paper and perhaps a desk before 记者. */
const REPORTER_BRACKET =
  /^(?:【|\[)?本报(?:讯|消息)\s*[(（]([\u4e00-\u9fff]{2,16}?)[\s\u3000]*记者/;
/** The desk or rank between a paper's name and 记者 (全媒体记者, 首席记者). */
const DESK = /(全媒体|融媒体|新媒体|首席|特约|见习|实习)+$/;
/** A paper's name by its ending, as opposed to a site's. */
const PAPER = /(日报|晚报|晨报|时报|商报|都市报|报)$/;
const JOINER = /[-－—–]/;

/** The lines that open the story (up to and including its first body line). */
function openingLines(doc: KeyedText, bodyLine: number): KeyedText['lines'] {
  return doc.lines.slice(0, Math.min(doc.lines.length, bodyLine + 2));
}

/** Whether the story opens with the paper's own dateline (本报讯). */
export function writesAsOwnPaper(doc: KeyedText, bodyLine: number): boolean {
  return openingLines(doc, bodyLine).some((l) => OWN_DATELINE.test(l.key.trim()));
}

/**
 * The paper the reporter's bracket after 本报讯 names, as written, if `accept` takes it as an
 * outlet once the desk is cut off.
 */
export function ownPaperInBracket(
  doc: KeyedText,
  bodyLine: number,
  accept: (name: string) => string | null,
): string | null {
  for (const line of openingLines(doc, bodyLine)) {
    const m = REPORTER_BRACKET.exec(line.key.trim());
    const name = m?.[1]?.replace(DESK, '');
    if (!name || !PAPER.test(name) || !accept(name)) continue;
    const at = line.key.indexOf(name);
    return line.raw.slice(at, at + name.length);
  }
  return null;
}

/**
 * The paper's own masthead above the story: its name before its registration number ("某某报
 * 国内统一刊号 CN-35(Q)第0003号") or before the issue and page it prints the story on ("某某报
 * 1565期02版"). Only a paper prints either, and 本报 is that paper.
 */
const MASTHEAD =
  /^([一-鿿]{1,10}?(?:日报|晚报|晨报|时报|商报|都市报|报))\s*(?:国内统一刊号|\d{1,5}期\s*[A-Z]?\d{0,3}版)/;

/** The paper whose masthead or issue line stands above a 本报讯 story, as written, if `accept` takes it. */
export function ownPaperOnMasthead(
  doc: KeyedText,
  bodyLine: number,
  accept: (name: string) => string | null,
): string | null {
  for (const line of openingLines(doc, bodyLine)) {
    const key = line.key.trim();
    // The issue may follow the page's date and counter on one line ("发布时间:… 某某报1565期02版").
    for (const at of [0, ...[...key.matchAll(/\s+/g)].map((m) => (m.index ?? 0) + m[0].length)]) {
      const m = MASTHEAD.exec(key.slice(at));
      if (!m?.[1] || !accept(m[1])) continue;
      const from = line.key.indexOf(m[1], line.key.length - line.key.trimStart().length + at);
      return line.raw.slice(from, from + m[1].length);
    }
  }
  return null;
}

/** Of a site and the paper it carries ("某某网—某某日报"), the paper: 本报 is a paper. */
export function paperOfJoined(outlet: string): string {
  const parts = outlet.split(JOINER).map((p) => p.trim());
  const papers = parts.filter((p) => PAPER.test(toKey(p)));
  return parts.length === 2 && papers.length === 1 ? papers[0]! : outlet;
}

/**
 * A repost's dateline naming the site and the paper it carries before the paper's own 讯
 * ("某某新闻网--某某报本讯11月23日"): the story is the paper's, as 本报讯 says.
 */
const JOINED_DATELINE =
  /^([\u4e00-\u9fff]{2,10}?(?:网|在线|客户端))\s*[-－—–]{1,2}\s*([\u4e00-\u9fff]{1,10}?(?:日报|晚报|晨报|时报|商报|都市报|报))(?:本讯|讯)/;

export function paperOfJoinedDateline(doc: KeyedText, bodyLine: number): string | null {
  for (const line of openingLines(doc, bodyLine)) {
    const m = JOINED_DATELINE.exec(line.key.trim());
    if (!m?.[2]) continue;
    const at = line.key.indexOf(m[2], line.key.indexOf(m[1]!) + m[1]!.length);
    return line.raw.slice(at, at + m[2].length);
  }
  return null;
}
