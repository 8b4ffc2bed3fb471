/**
 * What the words after a listed place say about it: "…区等12个实验区" closes a group with a
 * count, "…区入选全国…" or "…区被评为…" names the programme the places belong to, "…等地积极
 * 探索…" makes the enumeration the subject of an activity, anything else is a passing mention.
 * The reading of the place itself is prose-piece.ts; this is only the rest.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { countsDivisions } from './short-place';
import {
  FOR_WHAT,
  ONLY_ONE,
  PERIOD_ASIDE,
  UNIT_NAME_BEFORE_COUNT,
  WHEN_ASIDE,
} from './rest-asides';
import { programmeIn } from './programme';
import { carriedPilot } from './carried-pilot';

export type RestKind = 'none' | 'count' | 'etc' | 'member' | 'event' | 'activity';

/** What the rest says about the place before it. */
export interface RestOf {
  rest: RestKind;
  /** Stated size of the group this piece closes ("等12个", "3城区"). */
  count?: number;
  /** The programme phrase after a membership verb ("全国和谐社区建设示范城区"). */
  phrase?: string;
  /** "等N个…": the piece is a named example of a larger group. */
  example?: boolean;
  /** "…等地积极探索…": the enumeration is the subject of an activity, not a list by itself. */
  doing?: boolean;
  /** What the place is listed for, told after 以 ("…村以福鼎白茶被认定…"). */
  title?: string;
}

/** A count in digits or Chinese numerals. */
export const COUNT_NUMBER = `(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const COUNT_REST = new RegExp(
  `^(等(?:在内的)?|在内的)?\\s*(${COUNT_NUMBER})\\s*(?:个|家|批|项|所)?\\s*([\\u4e00-\\u9fff()（）、]{1,14}?)(?=$|被|入选|入列|获|荣获|成为|为|[^\\u4e00-\\u9fff])`,
);
/**
 * A count followed by a longer clause ("等31个全国…实验区紧紧围绕…"): the count still closes the
 * group. After 等 a count of places may take 地 as its measure ("A镇、B乡等8地上榜…名单"), the
 * places counted as places; 地区 and 地方 are nouns, counted by 个 or by nothing.
 */
const COUNTED_CLAUSE = new RegExp(
  `^(等(?:在内的)?|在内的)?\\s*(${COUNT_NUMBER})\\s*(余|多)?\\s*(?:个|家|项|处|所|(?<=等(?:在内的)?\\s*${COUNT_NUMBER}\\s*)地(?![区方]))`,
);
/** "…4家产业园": 家 counts institutions, parks and firms as 个 counts divisions. */
const COUNTED_HOUSES = new RegExp(`^(?:等(?:在内的)?)?\\s*${COUNT_NUMBER}\\s*家`);
const ETC_REST = /^等/;
/**
 * The verb right after a count opened by 在内的 that makes the counted group members; a prize
 * the group won ("…在内的8个城市荣获优秀组织奖") makes none.
 */
const INCLUDED_JOINS =
  /^\s*(?:被|成功|先后|同时)?(?:列入|纳入|列为|入选|入围|确定为|确认为|命名为|认定为|评为|成为|获评|荣获)(?![^，。,;；]{0,20}?奖(?!项))/;
/**
 * Verbs that make the places members of a programme; the phrase after them names it. An
 * adverb of time may come first ("A、B和C先后被确定为…", "…相继入选…"), or 分别 handing each place
 * its honour ("A、B、C分别被评为…"; not 分别 handing out batches, "A和B分别获评首批、第二批…": the
 * earlier rounds retold, whose units the notice's own list names again; nor 分别为/分别是, each
 * place's figure or rank, "A、B分别为45个、32个"; nor a contest's prizes, "分别荣获一等奖、二等奖"),
 * and so may the 拟 of
 * a 公示 and the stories retelling it ("A、B拟被认定为…"): the units it proposes are its entries.
 * A story may say the places are on the list rather than that they joined it ("A、B也出现在
 * 此次名单当中", "…列入第三批名单", "…位列公示名单"), or that they entered its ranks ("A、B跻身首批…
 * 行列"): the same membership, the ranks no part of its name — not a ranking's ranks (跻身全省
 * 第一方阵之列, …百强县行列, …前十行列). A list's roll is climbed too ("A、B荣登榜单"), not a
 * ranking's top or table (荣登榜首, …排行榜, …百强榜) nor a chart of attention (…热搜榜, …人气榜). Among those just named (A位列其中,
 * A跻身其中) is membership too. A list's share told
 * unit by unit says what each is listed as ("A街道作为…示范街道，B区作为…示范基地位列其中"): 作为
 * makes a member only before a demonstration noun closing its clause (or 位列其中), or before a
 * zone of a named scope or batch closing its clause ("某县作为国家级…实验区，…": the designation
 * it holds), never a place acting as a pilot in a story ("作为…试点地区，积极探索…"). A place
 * (被)列入 a pilot is its member; one only 拟列入 it is planned for it, no member yet.
 */
export const MEMBER_VERB =
  /^(?:先后|相继|同时|分别(?!为|是|[^，。,;；]{0,8}?(?:首批|第[一二三四五六七八九十0-9]+批)(?:[、和与及]|$)|[^，。,;；]{0,20}?奖(?!项))|拟|也|均|都|亦|已经?)?(?:(?:出现在|列入|纳入|位列|名列|跻身|进入)[^，。,;；]{0,16}?名单(?:当中|之中|中)?|跻身(?![^，。,;；]{0,30}?(?:强|方阵|梯队|前列|前[0-9一二三四五六七八九十]))(?=[^，。,;；]{2,30}?(?:行列|之列)(?:$|[，。,;；]))|被(?:认定|命名|评定)为?(?!了)|(?:被[^，。,;；]{0,12}?|成功|光荣|顺利)?(评为|评选为|确定为|确认为|命名为|认定为|列为|授予|入选|入围|入列|获评|荣获|成为|为|(?:光荣|成功)?上榜|榜上有名|荣登(?![^，。,;；]{0,20}?(?:榜首|排行|强|前[0-9一二三四五六七八九十]|热|人气))(?=[^，。,;；]{0,20}?榜)|(?:[位名]列|跻身)其中|在其中(?=$|[，。,;；])|(?:喜|荣)?获得?(?=[^，。,;；]{0,30}(?:称号|殊荣)))|成功申报(?:为|成为)?|(?<!拟)被?(?:列入|纳入)(?=[^，。,;；]{2,30}?试点(?:县|市|区|地区|单位)?(?:$|[，。,;；]))|成功创建(?:为|成为)?(?=[^，。,;；]{2,30}?(?:实验区|试验区|示范区|示范县|示范市|示范城市|示范社区|示范村|文明城市|卫生城市)(?:[(（][^()（）]{1,6}[)）])?(?:$|[，。,;；]))|(?:成功)?获批(?!延期|延长|撤销|取消|退出)(?:为|成为)?|作为(?=(?:国家级|全国|省级|全省|市级|全市|首批|第[一二三四五六七八九十0-9]+批)[^，。,;；]{0,20}?(?:实验区|试验区)(?:[，,]|$)|[^，。,;；]{2,24}?示范(?:企业|街道|乡镇|基地|单位|社区|村|园区|机构)[^，。,;；]{0,4}$|[^，。,;；]{2,24}?示范(?:企业|街道|乡镇|基地|单位|社区|村|园区|机构)[位名]列其中))/;
/** A count of the place's units ranked against others' (…数量位居…前列, …数居全省第一). */
const TALLY_RANK = /数(?:量|目)?(?:位居|居于?|位列|名列|排名|排在)/;
/** An honour's or programme's own name, not the noun of a list to come. */
const HONOUR_NAME = /^[^名]*(?:示范|试点|实验|先进|模范|典型)[\u4e00-\u9fff]*$/;
const FRAMED_AS = /^为(?:核心|重点|主体?|基础|依托|龙头|中心|抓手|载体|支撑|引领)/;
/** Words telling how counted units fare against a standard, not what they are counted as. */
const KEEPS = /(继续|仍然?|保持|达到|符合|具备|不再|未能)/;
/** A review's verdict that keeps the places before it on their list. */
const KEPT_AFTER_REVIEW =
  /^(?:继续|仍然?)(?:符合|保持|达到)[^。；;，,]{0,16}(?:标准|条件|要求)|^(?:复核(?:结果)?(?:为保留|合格)|予以保留)/;

/**
 * The places' own pilot or demonstration project closing the clause ("…石渔村的省级农村社区“三社
 * 联动”试点项目"): what a list of projects names them by, each place the project's unit. A
 * project told in passing (的试点项目中…, 的项目经验) goes on past it, and is none.
 */
const OWN_PILOT_PROJECT = /^的([^，。；;,、]{2,40}?(?:试点|示范))(?:建设)?项目$/;

export function classifyRest(restKey: string): RestOf {
  const rest = restKey.trim();
  if (rest === '') return { rest: 'none' };
  const forWhat = FOR_WHAT.exec(rest);
  if (forWhat) {
    const after = classifyRest(rest.slice(forWhat[0].length));
    if (after.rest === 'member') return { ...after, title: forWhat[1]! };
  }
  for (const aside of [PERIOD_ASIDE, ONLY_ONE, WHEN_ASIDE]) {
    const m = aside.exec(rest);
    const after = m ? classifyRest(rest.slice(m[0].length)) : null;
    if (after?.rest === 'member') return after;
  }
  const named = UNIT_NAME_BEFORE_COUNT.exec(rest);
  const counted = named ? classifyRest(rest.slice(named[0].length)) : null;
  if (counted?.rest === 'count' && counted.example) return counted;
  const nouned = COUNT_REST.exec(rest);
  const c = nouned ?? COUNTED_CLAUSE.exec(rest);
  if (
    c &&
    (c[1] ||
      /个|城区|街道|社区|村|乡镇|单位|实验区|案例/.test(c[0]) ||
      COUNTED_HOUSES.test(c[0]) ||
      countsDivisions(rest.slice(c.index)))
  ) {
    // "等百余个村": a round number with 余 or 多 says about how many, no count to check.
    const about = nouned === null && (c[3] === '余' || c[3] === '多');
    const count = about ? undefined : (parseNumber(c[2] ?? '') ?? undefined);
    // "等100个乡(镇)为…": a bracketed level word may sit between the count and the verb.
    const after = rest.slice(c[0].length).replace(/^\([^()]{1,6}\)/, '');
    // "包括某市在内的30个城市被列入…": without 等, the count names its place as an example only
    // when the group is made members right after it; "已推出包括某市在内的15家…" retells a list.
    if (c[1] === '在内的' && !INCLUDED_JOINS.test(after)) return { rest: 'activity' };
    // "以A、B两个…为核心": the 为 of 以…为 says what the places serve as, no membership.
    const member = FRAMED_AS.test(after) ? null : MEMBER_VERB.exec(after);
    // "…等31个全国社区治理和服务创新实验区紧紧围绕…": the counted noun names the programme;
    // a verb before it ("3个村继续保持示范单位标准") says how they fare, naming none.
    const named = member || KEEPS.test(`${c[3] ?? ''}${after}`) ? null : programmeIn(rest, null);
    const phrase = member ? phraseOf(after.slice(member[0].length)) : named ? rest : null;
    return {
      rest: 'count',
      ...(c[1] ? { example: true } : {}),
      ...(count !== undefined ? { count } : {}),
      // The batch the counted noun carries (等12个第一批全国…) stays with its name.
      ...(phrase ? { phrase: named ? phraseOf(`${named.batch ?? ''}${named.name}`) : phrase } : {}),
    };
  }
  if (ETC_REST.test(rest)) {
    const verb = /(确认为|命名为|确定为|认定为|评为|列为|入选|为)/.exec(rest);
    if (verb)
      return {
        rest: 'etc',
        example: true,
        phrase: phraseOf(rest.slice(verb.index + verb[0].length)),
      };
    // "…等单位" closes the enumeration; "…等地积极探索…" makes the places its subject,
    // which only an approving verb before them turns into a list ("同意将A等实验区以…").
    return rest.length <= 8 ? { rest: 'etc', example: true } : { rest: 'etc', doing: true };
  }
  const m = MEMBER_VERB.exec(rest);
  if (m) {
    const phrase = phraseOf(rest.slice(m[0].length));
    // "入选…名单的乡镇是" introduces a list; it does not make the place a member. A 的 that
    // only tells who set the programme up ("入选民政部首批确立的某某示范地区") does: what
    // follows it is the programme's whole name, not the short noun of a list to come.
    const afterOf = phrase.slice(phrase.lastIndexOf('的') + 1);
    const introduces =
      /是$|包括$|有$/.test(phrase) ||
      (phrase.includes('的') && (afterOf.length < 6 || !HONOUR_NAME.test(afterOf)));
    // "某市入围公示名单项目数量位居同类城市前列": how many of the place's units made the list,
    // ranked — a tally of its units, not the place listed itself.
    if (!introduces && !TALLY_RANK.test(phrase))
      return { rest: 'member', ...(phrase && !ONLY_ENTRANT.test(phrase) ? { phrase } : {}) };
  }
  // "…A村、B村继续符合创建标准，复核结果为保留": kept after a review, members still.
  if (KEPT_AFTER_REVIEW.test(rest)) return { rest: 'member' };
  // "…包括：某镇某村的省级…试点项目；…": the places' own pilot project, its clause's last words.
  const own = OWN_PILOT_PROJECT.exec(rest);
  if (own) return { rest: 'member', phrase: own[1]! };
  // "辽宁省、山东省实施…试点": places carrying a named pilot out are its units. The pilot named
  // there may be a part of the programme (结婚登记… of the 婚姻登记 pilot): no phrase to name it.
  if (carriedPilot(rest) !== null) return { rest: 'member' };
  return { rest: 'activity' };
}

/**
 * "…成为河北省唯一入选县(市)": the place is its scope's only entrant of the list just told — the
 * words name who it is among the list's units, not a programme (the list's own name is before).
 */
const ONLY_ENTRANT =
  /^[\u4e00-\u9fff]{0,8}?唯一(?:入选|入围|上榜|获批)的?(?:县[(（]市(?:、区)?[)）]|县市区?|县|市|区|城市|地区|乡镇|镇|街道|村|社区|单位)?$/;

function phraseOf(text: string): string {
  // "…老年友好型社区（具体名单见二维码）": a note on where the list is names no programme.
  return (
    text
      .replace(/[，。,；;、：:].*$/, '')
      .replace(/[(（][^()（）]*(?:名单|详见|见附件|二维码)[^()（）]*[)）]$/, '')
      // "成为…实验区后，…", "入选…试点以来": the time the clause sets is no part of the name.
      .replace(/(区|县|点|位|村|镇|道|市|地|例|目)(?:之后|以来|后)$/, '$1')
      .trim()
  );
}
