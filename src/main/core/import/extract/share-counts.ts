/**
 * The count the words before a list state for it, when a story tells a round's total and then
 * its own place's share: "民政部命名1456个社区，湖南省75个社区榜上有名。邵阳市6个社区在列，分别为："
 * lists 邵阳's six, not the nation's 1,456. A total followed by a share is the wider round's;
 * the share nearest the list, counted (its place first, then its count and the words of being
 * among), is the list's count. A share the page introduces without its count ("其中，某市某社区
 * 入选", "我省甲县、乙县获命名", "甲区、乙市位列其中") says nothing of how many it holds: the
 * round's total is no count of it either, unless the page then lists the round as a whole
 * ("现将名单公布如下").
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { statedCountAt } from './counts';
import { tallies, withoutRunningTotals } from './running-totals';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;

/** Being among the chosen: the words a share is told with. */
const AMONG =
  '(?:入选|上榜|榜上有名|在列|入榜|入围|位列其中|名列其中|获认定|获命名|被认定|被命名|获评)';

/** A count right before the words of being among ("75个社区榜上有名", "有19个古县入选"). */
const COUNT_BEFORE = new RegExp(`${N}\\s*(?:个|家|处|项)[^，,。；;：:]{0,14}?${AMONG}`);
/** The words of being among before the count ("入选的4个…实验区", "入选单位16家"). */
const COUNT_AFTER = new RegExp(`${AMONG}(?:的|单位|名单)?\\s*${N}\\s*(?:个|家|处|项)`);
/** Every count in a share's clause: "1个组织、1个项目、1个村上榜" tells three. */
const EACH_COUNT = new RegExp(`${N}\\s*(?:个|家|处|项)`, 'g');

const CLAUSE_END = /[，,。；;！？!?\n：:]/;

/** A count and its measure word: "7个", "两家" (not 四 of 四川). */
const COUNT_WORDS = /[0-9一二三四五六七八九十两百千]+\s*(?:个|家|处|项)/;
/** A clause opening on its count, 其中 maybe before it ("其中，7个入围的示范镇"): a kind. */
const OPENS_ON_COUNT = new RegExp(`^(?:其中)?${COUNT_WORDS.source}`);

/** The story's own place opening a clause: "我省…", "本市…", "涉及我市的…". */
const OWN_PLACE = /^(?:涉及)?(?:我|本)(?:省|市|州|县|区|盟|旗)/;
/** A kind or level of the honour, not a place: "其中示范社区20个", "其中国家级26个". */
const KIND_WORD = /示范|实验|试点|社区|村|镇|乡|街道|单位|案例|项目|组织|城市|城区|级|类|型|批/;
/** The words making a place's units members of the round. */
const MEMBER =
  /入选|上榜|榜上有名|在列|入榜|入围|位列|名列|获命名|获认定|被命名|被认定|被确认|被确定|被评|获评|荣获|列入|纳入/;
/** A place written first after 其中: "其中，福建省宁德市…", "其中成都3处". */
const PLACE_FIRST = /^[\u4e00-\u9fff]{1,8}?(?:自治区|省|市|州|县|区|盟|旗)/;
/** Words of being among closing a clause that names its units: "甲区、乙市入选". */
const AMONG_END = new RegExp(`${AMONG.slice(0, -1)}|位列其中|名列其中|获命名|获认定)(?:公示)?$`);
/** The total told out by place, "其余8个市州各1个": a breakdown, no share the list is. */
const EACH = /各[0-9一二三四五六七八九十两]+(?:个|家|处|项)/;
/**
 * Units of several places run together and closed by 等 before the words of being among ("其中
 * 甲省A县、乙省B县等地皆入选"): examples of the round, not a share the page lists as its own.
 */
const EXAMPLES_OF_ROUND = new RegExp(`、[^、，,。]*等(?:地|单位)?[均都皆]?${AMONG}`);
/** The page going on to list the round as a whole: the total counts that list again. */
const WHOLE_LIST = /(?:现将|现予|予以)[^，,。]*(?:公布|公示|通报)|见附件/;

/**
 * A clause the page introduces as its own share (其中 before a place, its own place first, or
 * units closed by the words of being among): its count, or null when it tells none. Undefined
 * when the clause is no share.
 */
function introducedShare(clause: string): number | null | undefined {
  if (OPENS_ON_COUNT.test(clause)) return undefined;
  const counts = [...clause.matchAll(EACH_COUNT)].map((m) => parseNumber(m[1] ?? '') ?? 0);
  const total = counts.length ? counts.reduce((a, n) => a + n, 0) : null;
  // A place's units told without their count are a share only by the words making them members:
  // "我市召开…会议" tells none.
  const members = total !== null || MEMBER.test(clause);
  const rest = clause.replace(/^其中(?:包括)?/, '');
  if (rest !== clause) {
    if (OWN_PLACE.test(rest)) return members ? total : undefined;
    // The words before its place's count, "其中成都3处", or a place written out first.
    const before = total !== null ? rest.split(COUNT_WORDS)[0]! : '';
    const place = PLACE_FIRST.exec(rest)?.[0] ?? before;
    const placed =
      place.length >= 2 && !KIND_WORD.test(place) && !/^(?:有|为|是|含|共|新|已)/.test(place);
    if (total === null && EXAMPLES_OF_ROUND.test(rest)) return undefined;
    return placed && members ? total : undefined;
  }
  if (OWN_PLACE.test(clause)) return members ? total : undefined;
  // Not "甲、乙…均有镇、村上榜": the places of the total each having some.
  if (AMONG_END.test(clause) && !/名单|[均都皆各](?:有|已|获|被)/.test(clause)) return total;
  return undefined;
}

/**
 * The count a share's clause tells, or null: its place (or 其他, 我省) comes first, so a clause
 * opening on its count ("其中，7个入围的示范镇分别是") is a kind within the total, no share.
 */
function shareOf(clause: string): number | null {
  if (OPENS_ON_COUNT.test(clause)) return null;
  if (!COUNT_BEFORE.test(clause) && !COUNT_AFTER.test(clause)) return null;
  const counts = [...clause.matchAll(EACH_COUNT)].map((m) => parseNumber(m[1] ?? '') ?? 0);
  return counts.reduce((a, n) => a + n, 0);
}

interface ReadList {
  start: number;
  end: number;
  layout: string;
  items: readonly unknown[];
}

/**
 * A list in prose with the rest of its clause (甲区、乙市入选): the words that may introduce it
 * as a share come after its units. A list over several lines has no clause: nothing.
 */
export function listClause(docKey: string, list: ReadList): string {
  if (list.layout !== 'sentence' && docKey.slice(list.start, list.end).includes('\n')) return '';
  const after = docKey.slice(list.end, list.end + 24);
  const end = CLAUSE_END.exec(after);
  return docKey.slice(list.start, list.end) + (end ? after.slice(0, end.index) : after);
}

/**
 * Whether `stated`, told at `at`, is a round's total whose share the words after it, down to a
 * list that was read, go on to tell: that list is the share, and the total no list's count.
 */
export function totalBeforeShare(
  docKey: string,
  at: number,
  stated: number,
  lists: readonly ReadList[],
): boolean {
  return lists.some(
    (l) =>
      l.items.length > 0 &&
      l.start > at &&
      l.start - at <= 1500 &&
      shareAfter(docKey.slice(at, l.start) + listClause(docKey, l), stated, l.items.length) !==
        undefined,
  );
}

/**
 * Whether a batch cited by examples, "北京市某社区等999个社区为…", is the round the page then tells
 * its own share of ("某省25个社区上榜", "我市甲县、乙县…"): its count is the round's, no list's.
 */
export function citedRoundShared(docKey: string, at: number, stated: number): boolean {
  return shareAfter(roundTold(docKey, at), stated) !== undefined;
}

/** The rest of the sentence telling a round at `at`, and the sentence after it. */
function roundTold(docKey: string, at: number): string {
  const end = docKey.slice(at).search(/[。；;！!？?\n]/);
  const sentence = end < 0 ? docKey.length : at + end;
  const next = docKey.slice(sentence + 1).search(/[。；;！!？?\n]/);
  return docKey.slice(at, next < 0 ? docKey.length : sentence + 1 + next);
}

/** The story speaking as its own place: "我省…", "本市…". */
const OWN_SPEAKER = /(?:我|本)(?:省|市|州|县|区|盟|旗)/;

/**
 * Whether a naming's total at `at` ("民政部决定命名全国642个社区为…") is a wider round the story
 * then tells its own place's share of ("我省某社区名列其中", "我市3个社区榜上有名"): the share may
 * go uncounted, the round's total is still no count of what the page holds. A share told without
 * the story's own place ("观山社区榜上有名") leaves the total the naming's.
 */
export function ownShareOfRound(docKey: string, at: number, stated: number): boolean {
  const told = roundTold(docKey, at);
  const end = CLAUSE_END.exec(told)?.index ?? told.length;
  return OWN_SPEAKER.test(told.slice(end)) && shareAfter(told, stated) !== undefined;
}

/** A share of one unit ("其中平和1个") names it, no list: counted by nothing. */
const single = (n: number | null): number | null => (n !== null && n < 2 ? null : n);

/** How many units a clause names: its names run together with 、 (和, 及 before the last). */
const namedIn = (clause: string): number =>
  clause.split(/、|(?:以及|和|及)(?=[\u4e00-\u9fff]{2})/).length;

/**
 * The share told after the first clause of `text` (a total of `total`): the nearest smaller
 * counted share, null for a share introduced without its count, or undefined when no share is
 * told (or the page then lists the round whole) and the total is the count to check. With
 * `listed`, the units read in the list, an uncounted share naming fewer units than that, one by
 * one, is no share the list is ("共46个！某县榜上有名！" over the round's whole list below).
 */
function shareAfter(text: string, total: number, listed?: number): number | null | undefined {
  const end = CLAUSE_END.exec(text);
  if (!end) return undefined;
  let share: number | null | undefined;
  // "其中，某市…": the clause is the words after 其中, not 其中 alone.
  const rest = text
    .slice(end.index + 1)
    .replace(/(^|[，,。；;！!？?\n：:])(\s*)其中[，,]\s*/g, '$1$2其中');
  let at = 0;
  for (const raw of rest.split(CLAUSE_END)) {
    const clause = raw.trim();
    const sentence = rest.slice(at).split(/[。；;！!？?\n]/)[0]!;
    at += raw.length + 1;
    const counted = shareOf(clause);
    if (counted !== null && counted < total) share = single(counted);
    else if (WHOLE_LIST.test(clause) || EACH.test(clause)) share = undefined;
    // "截至目前，我省共有甲、乙…五市获得…": the list after it is every holder so far.
    else if (tallies(sentence)) share = null;
    else {
      const introduced = introducedShare(clause);
      // Not "某市社区在列": a place's units told together by their kind.
      const larger =
        introduced === null &&
        listed !== undefined &&
        !KIND_WORD.test(clause) &&
        listed > namedIn(clause);
      if (!larger && (introduced === null || (introduced !== undefined && introduced < total)))
        share = single(introduced);
    }
  }
  return share;
}

/**
 * The count `scope` (the words from the list's heading down to it, then `after`: the list's
 * own clause) states for the list: the first count told in `scope`, unless a smaller counted
 * share is told after it; 'share' when the list is a share told without its count. Null when it
 * counts nothing.
 */
export function scopeCount(scope: string, after = '', listed?: number): number | 'share' | null {
  // "截至目前，全国共有150个试点。其中广东5个，分别为…": a share counted after a running total.
  const told = statedCountAt(scope);
  const first = told ? shareAfter(scope.slice(told.at) + after, told.n, listed) : undefined;
  if (typeof first === 'number') return first;
  const total = statedCountAt(withoutRunningTotals(scope));
  if (!total) return null;
  const share = shareAfter(scope.slice(total.at) + after, total.n, listed);
  return share === undefined ? total.n : (share ?? 'share');
}
