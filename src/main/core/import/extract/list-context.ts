/**
 * The words around a list that say what it is: the nearest heading above it, the
 * lines introducing it ("以下为…名单：", the sentence of a one-sentence list) and the
 * stretch from that heading down to the list, where its stated count usually sits.
 */
import type { RecordKind } from '../../../../shared/domain';
import type { ListDraft } from './drafts';
import { PLACES_CARRYING_PILOT } from './pilot-carriers';
import { kindNamed, namesOtherList } from './programme';
import { keyOf, type KeyedText, type Line } from './text-key';

/** A page's info line (阅读次数：… 作者：… 信息来源：…) is no heading of what follows. */
const META =
  /^(时间|发布时间|发布日期|发布于|日期|来源|文章来源|信息来源|作者|字体|字号|浏览|阅读|点击|索引号|成文日期|打印|分享)/;

export interface ListContext {
  heading: string | null;
  intro: string;
  /** Text from the heading (or 1500 characters back) to the list start. */
  scope: string;
  /**
   * The list with the rest of its own sentence around it (from the sentence end before its
   * start to the one after its end): what the list's own words say of its units.
   */
  sentence: string;
}

const SENTENCE_END = /[。；;！!？?\n]/;

function lineAt(doc: KeyedText, offset: number): number {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function isContextHeading(line: Line): boolean {
  const t = line.trimmed.replace(/^#+\s*/, '');
  if (t.length < 2 || t.length > 60 || line.raw.includes('\t')) return false;
  if (/[。，,；;]/.test(t) || /[:：!！?？]$/.test(t) || META.test(t) || /^[(（].*[)）]$/.test(t))
    return false;
  if (/[>»]|首页|当前位置/.test(t)) return false;
  return (
    !/^\d{4}[-/.年]\d{1,2}[-/.月]/.test(t) &&
    !/[〔[(（【［]\s*(19|20)\d{2}\s*[〕\])）】］]\s*第?\d+号$/.test(t)
  );
}

export function contextOf(
  doc: KeyedText,
  list: ListDraft,
  listLines: ReadonlySet<number>,
): ListContext {
  const first = lineAt(doc, list.start);
  let heading: Line | null = null;
  const introLines: string[] = [];
  if (list.layout === 'sentence') introLines.push(doc.lines[first]?.key ?? '');
  for (let i = first - 1; i >= 0 && i >= first - 40; i--) {
    const line = doc.lines[i];
    if (!line || line.trimmed === '' || listLines.has(i)) continue;
    if (introLines.length < 2 && !isContextHeading(line)) introLines.push(line.key);
    if (isContextHeading(line)) {
      heading = line;
      break;
    }
  }
  const scopeStart = heading ? heading.start : Math.max(0, list.start - 1500);
  let from = list.start;
  while (from > 0 && !SENTENCE_END.test(doc.key[from - 1] ?? '')) from--;
  let to = list.end;
  while (to < doc.key.length && !SENTENCE_END.test(doc.key[to] ?? '')) to++;
  return {
    heading: heading ? heading.raw.trim().replace(/^#+\s*/, '') : null,
    intro: introLines.join('\n'),
    scope: doc.key.slice(scopeStart, list.start),
    sentence: doc.key.slice(from, to + 1),
  };
}

/**
 * A list named by its programme's bare pilot word (…试点名单, "公布了首批…试点") says nothing of
 * its units; where the notice calls them 试点地区, 试点城市 or 试点省份 (places trying a
 * reform for a term), in the list's own words or around it, they are zones. So they are where
 * the provinces counted carry the pilot out themselves ("北京、天津…等21个省(自治区、直辖市)实施
 * …试点", and so where a copy's mojibake ate the 省 but left the bracket's 直辖市), a province trying a reform is a pilot area as a city is, counted or not ("辽宁省、
 * 重庆市实施…试点", the clause closing on the pilot: not a meeting or a study of it), or speaking as the place piloting it
 * (我市试点实施…).
 */
const PILOT_AREA =
  /试点(?:地区|城市|省份)|在[^。；;]{0,80}?等[0-9一二三四五六七八九十百]+个(?:地方|地区|城市)开展[^。；;，,]{0,30}?试点|等[0-9一二三四五六七八九十百]+个(?:省份|省[(（][^)）。；;]{0,12}[)）]|省|[^；;，,()（）]{1,8}?[(（]?[^)）；;，,]{0,8}?直辖市[)）])(?:实施|开展)[^。；;，,]{0,30}?试点|(?:省|市|自治区)(?:实施|开展)[^。；;，,:：]{2,40}?试点(?:工作)?(?:[，,。；;]|$)|(?:我|本)[区县旗市]试点(?:实施|开展)/;

/** Units an intro says did not get in: candidates passed over, not the pilot's areas. */
const LEFT_OUT = /未能?(?:进入|入选|列入|纳入|通过)|落选|淘汰/;

/**
 * Places told as carrying the pilot out (pilot-carriers.ts) are its areas only in the list's own
 * sentence, where they are the list's units: a sentence above the list telling of other places'
 * pilot work (a retold past, a province's cities all told to start it) or of fields counted
 * (居家养老、社区养老两个国家级试点工作) says nothing of the units listed below it.
 */
function pilotAreas(
  named: string | null,
  around: (string | null | undefined)[],
  sentence: string,
): boolean {
  return (
    !!named &&
    /试点/.test(keyOf(named)) &&
    (PLACES_CARRYING_PILOT.test(sentence) ||
      [named, ...around].some((t) => !!t && PILOT_AREA.test(keyOf(t))))
  );
}

/**
 * The kind the intro names, nearest line first: a one-sentence list's own line, then the line
 * above it. Read as one text, the line above would win (it comes later in the joined intro), so
 * a closing remark before the list ("…总结推广实验区创新经验") would pass its kind to it.
 */
function nearestKind(intro: string): RecordKind | null {
  for (const line of intro.split('\n')) {
    const kind = kindNamed(line);
    if (kind) return kind;
  }
  return null;
}

/**
 * The list's kind from its own words first: the membership phrase of a prose list, the
 * heading above it, the line introducing it, its header, then the notice's title and the
 * text before it — never a later paragraph (about next year's plans, say).
 */
export function kindOf(
  ctx: ListContext,
  list: Pick<ListDraft, 'layout' | 'header' | 'phrase'>,
  noticeTitle: string | null,
  textBefore: string,
): RecordKind {
  const around = [ctx.intro, list.header?.join(' '), noticeTitle, textBefore.slice(-3000)];
  if (list.phrase)
    return (
      kindNamed(list.phrase) ?? (pilotAreas(list.phrase, around, ctx.sentence) ? 'zone' : 'other')
    );
  const fromHeading = kindNamed(ctx.heading);
  if (fromHeading) return fromHeading;
  if (namesOtherList(ctx.heading))
    return pilotAreas(ctx.heading, around, ctx.sentence) ? 'zone' : 'other';
  const named =
    nearestKind(ctx.intro) ??
    kindNamed(list.header?.join(' ')) ??
    kindNamed(noticeTitle) ??
    kindNamed(textBefore.slice(-3000));
  if (named) return named;
  // A list under no heading of its kind (a page's byline above it) is a pilot's areas when its
  // intro or the title names the pilot and the words around call its units 试点城市 or 试点地区
  // ("…试点城市评审工作。…名单如下：迁安、白城…"), as under a heading naming the pilot's list.
  // Not the cities its intro says were left out ("未进入名单的城市如下：…"): no pilot's areas.
  if (
    !LEFT_OUT.test(keyOf(ctx.intro)) &&
    [ctx.intro, noticeTitle].some((t) => pilotAreas(t ?? null, around, ctx.sentence))
  )
    return 'zone';
  // A write-up (place, title, description) is a case write-up unless the notice says otherwise.
  return list.layout === 'writeup' ? 'case' : 'other';
}
