/**
 * "河池市“儿童鸡蛋计划”志愿服务项目被评为最佳志愿服务项目", "某旗某镇“社区暖心事”成为…评估
 * 合格项目": a project or case named in quotation marks right after the place it belongs to,
 * in a sentence whose verb honours or lists it. Each is an entry: the place as written, the
 * title the quoted name with the kind word after it ("“…”志愿服务项目", "“…”工作法"); when
 * the verb follows the quote at once and the honour it gives is the kind word
 * ("“…”成为…试点项目"), the quoted name alone. A run of bare quoted names after their places
 * closed by the group's kind word and count ("…县“甲”、…区“乙”等县级品牌15个") gives each
 * quoted name alone; a project with no place before it may name its unit in the bracket after
 * its kind word ("“甲”项目（某县某某协会）"), not one telling who recommended or declared it
 * ("（某市民政局推荐）"). A quote with no kind word (a slogan), a place that is only the speaker
 * (我市) or a quote the verb gives (被评为“…”, 获“…”) is none.
 */
import { parseNumber } from './chinese-numerals';
import { clauseOutcome } from './clause-outcome';
import { methodNamePlace } from './method-prefix';
import { PRIZE_RUNNER, prizeBody, prizedProject } from './prize-quotes';
import { quoteOwnPlace } from './quote-own-place';
import { sentenceList, type ItemDraft, type ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The verbs that honour or list what precedes them. */
export const HONOUR =
  /被评为|被评选为|被命名为|被确定为|被认定为|入选|获评|荣获|获得|获(?=[“「])|成为|列入|被列为/;
const KIND = '项目|案例|工作法|品牌|计划';
/** A count of entries ("两个", "3个"). */
const COUNT = '(?:[0-9]+|[一二两三四五六七八九十]+)\\s*个';
/**
 * The kind word after the quote, a few words of what it is before it ("志愿服务项目",
 * "关爱困境儿童社会服务项目").
 */
const KIND_TAIL = new RegExp(
  `^(?!${COUNT}|等)(?:(?!被|入选|获|荣获|成为|列入)[\\u4e00-\\u9fff]){0,12}?(?:${KIND})(?:项目|案例)?`,
);
/**
 * A remark in brackets right after an entry's kind word ("…项目（评分位列第一）、…"): said about
 * the entry, no part of its title, and no end of the list.
 */
const REMARK = /^[（(][^（）()“”「」\n]{1,16}[）)]/;
/**
 * A count right after the quote ("…“乙”两个项目荣获…") counts the names before it: it is no
 * kind word of the last one, whose quoted name stands alone before the verb.
 */
const COUNTED_VERB = new RegExp(`^${COUNT}(?:${KIND})(?:${HONOUR.source})`);
/**
 * A prize the verb right after the quote gives ("“…”荣获二等奖", "“…”获得优秀项目奖", "“…”荣获
 * 2020年某省志愿服务项目大赛决赛银奖", the contest named before its prize): the quoted name is
 * what won it, the prize no part of its title.
 */
export const PRIZE_VERB = /^(?:荣获|获得|获评|喜获)[^“”「」"，,。；;、]{0,30}?奖(?![项])/;
/** The verb right after the quote, and the honour it gives ending in the kind word. */
const VERB_KIND = new RegExp(
  `^(?:${HONOUR.source})[^“”「」"，,。；;、]{0,30}?(?:项目|案例)(?=$|[，,。；;])`,
);
/**
 * The close of a group of bare quoted names, its kind word with a count or a verb after it
 * ("…县“甲”、…区“乙”等县级品牌15个", "…市“丙”市级品牌1个", "…“丁”等项目入选"): the kind word
 * names what every quote of the run is, so each quoted name is a title on its own.
 */
const GROUP_CLOSE_SRC = `等?[\\u4e00-\\u9fff]{0,6}?(?:${KIND})(?:\\s*${COUNT}|(?=${HONOUR.source}))`;
const GROUP_CLOSE = new RegExp(`^${GROUP_CLOSE_SRC}`);
/** The same close after a later quote of the sentence. */
const LATER_CLOSE = new RegExp(`[”」]${GROUP_CLOSE_SRC}`);
/** A verb right before a quote gives the quote (获“…”, 被评为“…”): an honour, no entry. */
const GIVEN = /(?:获|评为|命名为|确定为|认定为|授予|列为)$/;
/** The join from one placed quote to the next. */
const JOIN = /^(?:\s*[、，,和及与]|以及)/;
/**
 * The clause the join opens, up to its next comma or stop: a run's close lies within it
 * ("…市“甲”、…县“乙”等县级品牌15个"), never in a later clause about other quotes ("…“甲”、…“乙”等
 * 活动深入开展，…“丙”项目入选…").
 */
function clauseAfterJoin(after: string): string {
  const rest = after.replace(JOIN, '');
  const end = rest.search(/[，,。；;]/);
  return end < 0 ? rest : rest.slice(0, end);
}
/** What may stand after a tail: the verb or the join to the next entry of the list. */
const AFTER_TAIL = new RegExp(`^(?:\\s*(?:[、，,和及与]|以及)|(?:${HONOUR.source}))`);
/**
 * The group that runs the project, between its place and the quote ("…区志愿服务总队", "…镇某某
 * 校外辅导站", "…村议事协商会", "…社区宣讲团"), or the possessive that makes the quote the place's
 * own ("舒城县山七镇的“…”案例入选").
 */
const RUNNER = /^(?:[\u4e00-\u9fff]{1,10}?(?:队|团|会|中心|站)的?|的)$/;
/** A place written with its level word. */
const LEVELLED = /(?:省|市|州|盟|地区|县|区|旗|镇|乡|街道|村|社区)$/;
/** The speaker's own place: no entry of its own. */
const SPEAKER = /(?:我|本|该)(?:省|市|州|县|区|旗|镇|乡|街道|村|社区)$/;
const QUOTE = /[“「]([^“”「」\n]{2,30})[”」]/g;

/**
 * The place the clause names right before `at`, written whole up to it (or to its runner: the
 * words `runner` allows between the place and `at`).
 */
export function placeBefore(
  key: string,
  raw: string,
  at: number,
  lookup: RegionLookup,
  runner: RegExp = RUNNER,
): { text: string; from: number } | null {
  const cut = (marks: string[]) => Math.max(0, ...marks.map((c) => key.lastIndexOf(c, at - 1) + 1));
  const from = cut([...CLAUSE_MARKS, '和', '及']);
  const found = placeFrom(key, raw, from, at, lookup, runner);
  if (found !== undefined) return found;
  // A place whose name holds 和 or 及 (政和县, 和平区) is cut by it as by a join: read from the
  // clause's start, a place written across that 和 is the one.
  const clause = cut(CLAUSE_MARKS);
  if (clause < from) {
    const whole = placeFrom(key, raw, clause, at, lookup, runner);
    if (whole && whole.from < from) return whole;
  }
  return shortNamedRunner(key, raw, from, at, lookup);
}

/** The marks a clause or an entry of a list opens after. */
const CLAUSE_MARKS = ['，', ',', '。', '；', ';', '、', '：', ':', ' ', '”', '」'];

/**
 * The place written whole from `from` up to `at` (or its runner); null when the speaker's own,
 * undefined when none.
 */
function placeFrom(
  key: string,
  raw: string,
  from: number,
  at: number,
  lookup: RegionLookup,
  runner: RegExp,
): { text: string; from: number } | null | undefined {
  for (let s = from; s < at - 1; s++) {
    const text = raw.slice(s, at);
    const hit = lookup.splitPrefix(text, {});
    if (!hit || hit.end < 2) continue;
    // Read from inside the clause's words, a place must say its level: a bare short name
    // there is the tail of another word ("万福店黑龙口" holds no 龙口市).
    if (s > from && !LEVELLED.test(key.slice(s, s + hit.end))) continue;
    const rest = key.slice(s + hit.end, at);
    if (rest !== '' && !runner.test(rest)) continue;
    if (SPEAKER.test(key.slice(s, s + hit.end))) return null;
    return { text: raw.slice(s, s + hit.end), from: s };
  }
  return undefined;
}

/**
 * An association of a county's scope after the county's short name (云梦社工协会, …志愿者联合会):
 * a village's or town's own group (柳林团结议事协商会, 某某服务队) is named after a place the
 * short name of a far county may spell.
 */
const COUNTY_ASSOCIATION = /^[\u4e00-\u9fff]{0,8}?(?:协会|联合会|促进会)$/;

/**
 * "云梦社工协会“…”荣获…": the association opening the clause is named after its county's short
 * name (云梦 for 云梦县), which the division list reads only when it stands alone.
 */
function shortNamedRunner(
  key: string,
  raw: string,
  from: number,
  at: number,
  lookup: RegionLookup,
): { text: string; from: number } | null {
  for (let k = 2; k <= 3 && from + k < at - 1; k++) {
    const short = raw.slice(from, from + k);
    const hit = lookup.splitPrefix(short, {});
    if (!hit || hit.end !== k) continue;
    if (COUNTY_ASSOCIATION.test(key.slice(from + k, at))) return { text: short, from };
  }
  return null;
}

/**
 * The words of the clause right before `at` when the division list reads no place in them
 * ("尚市店管得宽志愿服务队", a town written without 镇): the entry still stands, its place to be
 * carried from the list's other entries or reported unread.
 */
function unplacedBefore(
  key: string,
  raw: string,
  at: number,
): { text: string; from: number } | null {
  const from = Math.max(
    0,
    ...['，', ',', '。', '；', ';', '、', '：', ':', ' ', '”', '」', '和', '及'].map(
      (c) => key.lastIndexOf(c, at - 1) + 1,
    ),
  );
  const text = raw.slice(from, at);
  if (!/^[\u4e00-\u9fff]{2,12}$/.test(text) || SPEAKER.test(text)) return null;
  return { text, from };
}

/** A bracket holding one name: no clause or run of names. */
const NAME_ONLY = /^[\u4e00-\u9fff()0-9A-Za-z·]+$/;
/** A bracket telling who recommended, declared or ran the project, not who it is. */
const BY_WHOM = /(?:推荐|推报|报送|申报|选送|提供|供稿|主办|承办|指导|组织|实施)$/;

/**
 * "“甲”项目（某县某某协会）": the bracket after the kind word names who runs the project when it
 * opens with a place written with its level; the project is that unit's entry. A note in
 * brackets ("（评分位列第一）") names none.
 */
/** How a unit's own name ends: a body, an organ, a community. */
const BODY_END =
  /(?:会|中心|站|社|所|院|队|团|局|厅|委|办公室|部|馆|校|学|园|社区|村|街道|办事处|公司|组织|基金|室|协会|集团|医院|家园|之家|服务社)$/;
/** A verb closing the bracket: who acted on the project. */
const ACTED = /(?:推荐|举办|主办|承办|协办|首创|实施|申报|报送|发起|开展|提供|打造|指导)$/;

function bracketUnit(
  keyRemark: string,
  rawRemark: string,
  lookup: RegionLookup,
): { text: string; unit: string } | null {
  const key = keyRemark.slice(1, -1);
  const unit = rawRemark.slice(1, -1);
  // Who put the project forward or ran the round ("（某市民政局推荐）", "（某县、某区联合申报）",
  // "（某市某中心举办）", "（某市首创）") is no unit of it: a unit is one name ending as a body's does.
  if (!NAME_ONLY.test(key) || BY_WHOM.test(key)) return null;
  if (!BODY_END.test(key) || ACTED.test(key)) return null;
  const hit = lookup.splitPrefix(unit, {});
  if (!hit || hit.end < 2) return null;
  const place = key.slice(0, hit.end);
  if (!LEVELLED.test(place) || SPEAKER.test(place)) return null;
  return { text: unit.slice(0, hit.end), unit };
}

export function detectPlacedQuotes(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || !/[“「]/.test(line.key)) continue;
    const items: ItemDraft[] = [];
    let found = 0;
    let runEnd = -1;
    for (const q of line.key.matchAll(QUOTE)) {
      const at = q.index ?? 0;
      const close = at + q[0].length;
      if (at < runEnd) continue;
      const run = adjacentRun(line, at, lookup);
      if (run) {
        items.push(...run.items);
        found += run.items.length;
        runEnd = run.end;
        continue;
      }
      const after = line.key.slice(close);
      const sentenceEnd = after.search(/[。；;]/);
      const sentence = sentenceEnd < 0 ? after : after.slice(0, sentenceEnd);
      const tail = KIND_TAIL.exec(after)?.[0];
      const beyond = tail === undefined ? '' : after.slice(tail.length);
      const remark = REMARK.exec(beyond)?.[0] ?? '';
      let end: number;
      let title: string;
      let runBy: { text: string; unit: string } | null = null;
      let cutGroup = false;
      let prized: ReturnType<typeof prizedProject> = null;
      let runner: RegExp | undefined;
      if (tail !== undefined && AFTER_TAIL.test(beyond.slice(remark.length))) {
        if (!HONOUR.test(sentence.slice(tail.length))) {
          if (items.length === 0 || sentenceEnd >= 0 || !cutAtEnd(doc, line)) continue;
          cutGroup = true;
        }
        end = close + tail.length;
        title = line.raw.slice(at, end);
        if (remark) {
          const span = [end, end + remark.length] as const;
          runBy = bracketUnit(line.key.slice(...span), line.raw.slice(...span), lookup);
        }
      } else if (
        VERB_KIND.test(after) ||
        PRIZE_VERB.test(after) ||
        COUNTED_VERB.test(after) ||
        ((GROUP_CLOSE.test(after) ||
          (JOIN.test(after) && LATER_CLOSE.test(clauseAfterJoin(after)))) &&
          !GIVEN.test(line.key.slice(0, at)))
      ) {
        end = close;
        title = line.raw.slice(at + 1, close - 1);
      } else if ((prized = prizedProject(line.key, at, close))) {
        // A project closed by the prize its run shares (…“甲项目”、…“乙”工程获某某奖).
        end = prized.end;
        title = prized.quoted ? line.raw.slice(at, end) : line.raw.slice(at + 1, close - 1);
        runner = PRIZE_RUNNER;
      } else continue;
      let before = placeBefore(line.key, line.raw, at, lookup, runner);
      // A method named with words of its own before the quote ("…社区党建带社建“六个一”工作法").
      const named =
        !before && /工作法$/.test(title) ? methodNamePlace(line.key, line.raw, at, lookup) : null;
      if (named) {
        before = named.place;
        title = named.prefix + title;
      }
      // No place before the quote: the unit in the bracket after it, when it names one.
      const placed =
        before ??
        (runBy ? { text: runBy.text, from: at } : null) ??
        (cutGroup ? null : quoteOwnPlace(line.key, line.raw, at, close, lookup));
      // A cut group's quote, its verb lost, stands only with its place written before it.
      const place = placed ?? (cutGroup ? null : unplacedBefore(line.key, line.raw, at));
      if (!place || (cutGroup && !before)) continue;
      if (placed) found++;
      if (!before && runBy) end += remark.length;
      // What the verb after the name gives it may be an outcome ("成为…试点评估合格项目"); the
      // next quoted unit's words are that unit's ("A“甲”成为试点项目，B“乙”已通过验收").
      const outcome = clauseOutcome(sentence.split(/[“「]/)[0] ?? '');
      // A prized project's unit is the body carrying it (某省慈善总会), named after its place.
      const body =
        prized && before ? prizeBody(line.raw.slice(before.from, at), before.text) : null;
      items.push({
        seq: null,
        start: line.start + place.from,
        end: line.start + end,
        regionText: place.text,
        ...(!before && runBy ? { unit: runBy.unit } : body ? { unit: body } : {}),
        title,
        ...(outcome ? { outcome } : {}),
        warnings: [],
      });
    }
    // A name whose place the division list does not read is kept only beside placed ones:
    // the list's own places carry it, or it is said to be unplaced, never dropped.
    if (found === 0) continue;
    // The paragraph may go on with a list of another shape: it is left to the others.
    const list = sentenceList(items);
    if (list) lists.push(list);
  }
  return lists;
}

/**
 * The copy breaks off inside this line ("…、园林街道红庙社"): it is the text's last, with no stop
 * at its end. A last group of the sentence then lost its verb with the cut; written as the
 * honoured groups before it in the same line (place, quote, kind word, join), it is theirs.
 */
function cutAtEnd(doc: KeyedText, line: KeyedText['lines'][number]): boolean {
  return (
    doc.key.slice(line.start + line.key.length).trim() === '' && !/[。！？!?”」]\s*$/.test(line.key)
  );
}

/** Quoted names written one straight after another ("“甲”“乙”“丙”"), from the first. */
const ADJACENT = /^(?:[“「][^“”「」\n]{2,30}[”」]){2,}/;

/**
 * "某县“甲”“乙”“丙”三个案例入选…": quoted names run together with nothing between them, closed
 * by their count and kind word before the verb. The count must be the names written, so each
 * is an entry at the place before the first, its quoted name the title. Quotes with words
 * between them, or a count that differs, are left to the other shapes.
 */
function adjacentRun(
  line: { key: string; raw: string; start: number },
  at: number,
  lookup: RegionLookup,
): { items: ItemDraft[]; end: number } | null {
  const run = ADJACENT.exec(line.key.slice(at))?.[0];
  if (!run) return null;
  const counted = COUNTED_RUN.exec(line.key.slice(at + run.length));
  const names = [...run.matchAll(QUOTE)];
  if (!counted || parseNumber(counted[1] ?? '') !== names.length) return null;
  const place = placeBefore(line.key, line.raw, at, lookup);
  if (!place) return null;
  const items = names.map((n) => {
    const from = at + (n.index ?? 0);
    return {
      seq: null,
      start: line.start + from,
      end: line.start + from + n[0].length,
      regionText: place.text,
      title: line.raw.slice(from + 1, from + n[0].length - 1),
      warnings: [],
    };
  });
  return { items, end: at + run.length };
}

/** The count and kind word closing a run of adjacent quotes, then the verb. */
const COUNTED_RUN = new RegExp(
  `^((?:[0-9]+|[一二两三四五六七八九十]+))\\s*个(?:${KIND})(?:${HONOUR.source})`,
);
