/**
 * What a list is about (zone / case / observation / other) and which programme it
 * belongs to, read from the words around it: "2021年度全国基层治理创新典型案例",
 * "第四批全国社区治理和服务创新实验区", "全省…观察点" (全省 becomes the province).
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import { afterItemCount } from './counted-items';
import { afterUnitCount } from './counted-units';
import { onlyGenericKind } from './generic-kind';
import { COUNT_IN_NAME } from './programme-count-words';
import { withoutShareBeforeList } from './share-before-list';
import { withoutThemeBracket } from './sub-theme-bracket';
import { withBatchYearFirst } from './batch-year-bracket';
import { withRoundYearFirst } from './round-year-inside-name';
import { nameStartPastDate } from './date-before-round';
import { PHRASE_CHARS, PHRASE_END, PHRASE_WORD } from './programme-endings';
import { roundBeforePlace } from './place-before-round';
import { readProvinceScope } from './province-scope-word';
import { MEMBERSHIP_VERB } from './membership';
import { keyOf, toKey } from './text-key';
import { namesUnitsNotHonour } from './units-made';
import { isClauseFragment } from './clause-fragments';
import { joinedLevel } from './joined-levels';
import { titleCreatedToward, withoutCountedLevels } from './programme-unit-words';
import { namesOfficers } from './people-phrase';
import { withLevelBeforeQuotedName, withoutSpacesInQuotes } from './quoted-name-level';
import { WIDENING_VERB } from './programme-widening';

export { kindNamed, namesOtherList } from './kind-words';

/**
 * 公示 as the headline's verb, before what it shows (公示12个…, 公示第二批…, 公示拟命名…, 公示全国…):
 * a name's own 公示 (“村务公示规范化示范村”) runs on into the name's words.
 */
const SHOWN = `公示(?=[0-9${CHINESE_NUMERAL_CHARS}第拟首新“"]|一批|全国|全省|国家|省级|市级|县级)`;
/**
 * Words after which the programme name starts (the verb or frame before it is cut). A title
 * "关于确定…试点地区的通知" determines the programme's areas: 确定 is its verb, as 确认 is.
 * A unit that passed or won (我区通过…, 某区获…称号, 两县荣膺…) and a document that published
 * the list (印发…名单) are frames too, and so is a headline's 公示 ("某市公示25个…示范社区"); 创建
 * before 活动/工作 names the campaign inside the name ("“绿色社区”创建活动示范社区"), it is no
 * verb there. A naming or commending verb before the
 * name (命名表扬“某某”平安村) is a frame; 表彰 is not, being a word of names (…功勋荣誉表彰…).
 * A verb taking a title away (被取消…试点, 撤销…称号) frames it as naming does.
 * The ground a sentence cites (根据…, 依据…评价指标体系) is a frame as 关于 is; 根据地 is a
 * name's word ("全国红色根据地旅游示范村").
 */
const CUT_WORD = `关于|取消|撤销|根据(?!地)|依据|开展|荣膺|做好|加强|推进|实施|组织|申报|创建(?!活动|工作)|征集|推介|推荐|发放|认定为?|确认为|命名为?|表扬|确定为?|列为|评为|获评|喜获|作为|公布|${SHOWN}|印发|发布|确认|同意|涌现|遴选出?|入选|荣获|获得|授予|通过|获|一批|批复|${WIDENING_VERB}|等|对|的|了|为|将|是`;
const CUT_WORDS = new RegExp(`.*(${CUT_WORD})`);
/**
 * A verb with its manner before it can sit inside a name, between the thing pushed and the
 * units pushing it over their whole area ("某某服务圈全域推进先行区"): the frame ends before
 * the name it is in, not at that verb.
 */
const NAME_INNER_VERB = /(?:全域|整体|一体化?|协同)(?:推进|实施|创建)$/;

/** How much of `text` is the verb or frame before a programme's name (0 when none is). */
function frameLength(text: string): number {
  const cut = CUT_WORDS.exec(text);
  if (!cut) return 0;
  const inner = NAME_INNER_VERB.exec(cut[0]);
  if (!inner) return cut[0].length;
  const before = cut[0].slice(0, inner.index);
  const outer = CUT_WORDS.exec(before)?.[0].length ?? 0;
  const head = before.slice(outer);
  // The words before the manner must be a name of their own (not a place, an organ or a count).
  if (head.length < 4 || /[0-9]/.test(head) || PLACE_OR_ORGAN_END.test(head)) return cut[0].length;
  return outer;
}
const CUT_WORD_FIRST = new RegExp(`^(?:${CUT_WORD})`);
/**
 * Where a programme's name starts when it says so: its year, batch or scope. A 全 ending a
 * word of its own (安全, 健全, 完全…) opens no scope: "国家某某安全市" is a title conferred on
 * cities, not a name starting at 全市.
 */
export const SCOPE_WORD = /(?<![安健完齐周保])全(?:国|省|市)|国家级|省级|市级|县级|我省|本省|我市/;
/**
 * 国家 opening a national programme's name (国家现代农业产业园, 国家森林乡村), unless it is a
 * word of another name (党和国家…, 中国家…).
 */
const NATIONAL_NAME = /(?<![和与及、中])国家(?!级)/;
/** A city's or a county's level word opening a name (市级…, 全县…): it stands for that place. */
export const LOCAL_LEVEL = /^(?:市级|县级|区级|全市|全县|全区)/;
/** A programme of building toward a title (建设国家儿童友好城市) is named from its 建设. */
const BUILDING_TOWARD = /(?:建设|创建|争创)$/;

/**
 * The words before 国家 that no frame word cut tell what befell a place (某省再添4家国家…,
 * 某市成功创成国家…): the name starts at 国家, after its year or batch.
 */
function fromNational(phrase: string): string {
  const at = NATIONAL_NAME.exec(phrase)?.index ?? 0;
  if (at === 0) return phrase;
  const head = phrase.slice(0, at);
  if (BUILDING_TOWARD.test(head)) return phrase;
  const before = YEAR_OR_BATCH_BEFORE.exec(head)?.[0] ?? '';
  return before + phrase.slice(at);
}
/** The speaking city as a scope word: the subject of a membership verb after it, not a scope. */
const SPEAKER_LEAD = /我市$/;
const JOINED = new RegExp(`${MEMBERSHIP_VERB}|成为`);
/**
 * Several batches named together ("第三、四批", "第三批和第四批"): one list of both, no batch
 * of its own, and the words are no part of the name.
 */
const SEVERAL_BATCHES = new RegExp(
  `第[0-9${CHINESE_NUMERAL_CHARS}]+批?(?:(?:、|和|及|与)第?[0-9${CHINESE_NUMERAL_CHARS}]+批?)+(?<=批)`,
);
/**
 * A year or batch (with a count) right before the scope word belongs to the name ("2021年度27个全国…"),
 * several batches named together too ("第五批和第六批国家…").
 */
const YEAR_OR_BATCH_BEFORE = new RegExp(
  `(?:(?:${SEVERAL_BATCHES.source}|(?:19|20)[0-9]{2}年度?|第[0-9${CHINESE_NUMERAL_CHARS}]+[批届]|首[批届])(?:[0-9${CHINESE_NUMERAL_CHARS}]+个)?)+$`,
);
const NAME_START_ALONE = new RegExp(
  `${SEVERAL_BATCHES.source}|(?:19|20)[0-9]{2}年度?|第[0-9${CHINESE_NUMERAL_CHARS}]+[批届]|首[批届]`,
);
/**
 * Words after a programme's name that are about the document, not the programme (its list
 * and the step it is at: "…的拟入选名单", "…拟评定公示名单"); a register's 名录 is its name
 * ("…地名保护名录"), elsewhere 名录 only says it is a list. A headline's closing news
 * ("…示范区出炉", "…名单揭晓") tells that the list is out; "示范区（项目）" names the zones' list
 * and its companion list of projects, the zones' programme is 示范区; a headline's "…名单公示",
 * "…名单公布" tells what is done with the list, and its count after that news ("…名单出炉4镇29村
 * 上榜") how many made it; a list 拟定 is proposed ("…城镇拟定名单"). What befell the units is
 * no part of the name either: a headline's "…名单入选", "…获奖名单", "…并授牌" after the
 * naming, "…试验区验收" (no programme's name ends with a verb), nor the ranks it entered
 * ("入选全国优秀社区工作法序列", "…行列"). An attachment's file name ends in its type ("….doc"),
 * and a list of units building toward a title ("…强镇建设名单") names the title. A register's
 * list of its entries by their kind ("…重点村名录乡村名单": the villages entered in it) names
 * the register: the kind after 名录 is no part of the name.
 */
const DOC_TAIL =
  /(创建|建立|建设)?(工作|活动)$|(?<=名录)[—-]?(?:乡村|村镇|单位)$|的?(创建|建设|拟?(?:命名|入选|认定|评定|授予)|拟定|候选|推荐|公示)*名单(?:公示|公布|发布)?$|(?<=出炉|揭晓|公布)(?:[0-9]+[个镇村县区市乡])+(?:上榜|入选)?$|\.(?:docx?|xlsx?|pdf|wps)$|(?<!保护)名录$|(?:名单)?(?:正式|新鲜)?(?:出炉|揭晓)$|(?<=[区县市])\(项目\)$|(?:的)?(?:拟)?(?:入选|入围|上榜|获奖)$|并?授牌$|(?:通过)?(?:结项)?验收$|(?:序列|行列)$/;

/** The phrase without its document words, several of them stacked ("…（项目）名单"). */
export function withoutDocTail(phrase: string): string {
  let out = phrase;
  for (let i = 0; i < 3 && DOC_TAIL.test(out); i++) out = out.replace(DOC_TAIL, '');
  return out;
}

export interface Programme {
  name: string;
  year: number | null;
  batch: string | null;
}

/** The short name a notice gives itself ("…示范区（以下简称示范区）") is no part of the name. */
const SHORT_NAME = /\((?:以下)?简称[^)]*\)/g;

/**
 * The word for the honour itself after its name ("授予…“某某示范社区”荣誉称号"): the unit
 * holds the title the name states, so the name stops before 称号, as it does in a headline.
 */
const TITLE_WORD = /(?:光荣|荣誉)?称号$/;

/**
 * A list's step written between its batch and its scope ("第一批拟入选全国…名录", "首批入围全国…"):
 * the batch is the name's own, the step no part of it.
 */
const STEP_AFTER_BATCH = new RegExp(
  `((?:19|20)[0-9]{2}年度?|第[0-9${CHINESE_NUMERAL_CHARS}]+批|首批)拟?(?:入选|入围)(?=全国|国家|全省|省级)`,
);

/** A time word closing the clause a name opens ("自…被评为…以来") is no part of the name. */
const SINCE_WORD = /(?:以来|以后|之后)$/;

/** A pilot's areas (…试点地区) are where the pilot (…试点) is tried: the units, not the name. */
const PILOT_AREAS = /试点地区$/;

/** The words introducing a list ("江苏入选社区如下（54个）：") are no part of a name. */
const LIST_INTRO = /如下.*$/;

/**
 * An attachment's label is not part of the list's name ("附件:1.全省…示范镇名单"); a year after
 * it is ("附件:2020年…名单"), its number is no label's.
 */
export const ATTACHMENT_LABEL = /^附件[0-9]*[:：]?(?:[0-9]{1,2}(?![0-9年]))?[.、．]?/;

/** A batch (第四批, 首批) or, for an honour conferred every few years, a round (第七届). */
export const BATCH = new RegExp(`第[0-9${CHINESE_NUMERAL_CHARS}]+[批届]|首[批届]`);

/** What ends a place's or an organ's name: words before a batch that are not a programme's. */
const PLACE_OR_ORGAN_END = /(?:[省市县区州旗镇乡村盟部厅局委会院办]|街道|社区)$/;

/**
 * The words of a programme's name written before its batch word ("某某服务圈首批示范试点"):
 * a batch word is the batch, not where the name starts, when the words before it (after the
 * last verb or frame word) are a name of four characters or more with nothing after the
 * batch to cut; a place or an organ there ("某某市首批…", "某部首批…") is not the name.
 */
function nameAcrossBatch(phrase: string): string | null {
  const batch = BATCH.exec(phrase);
  if (!batch || batch.index === 0) return null;
  const before = phrase.slice(0, batch.index);
  const head = before.slice(frameLength(before));
  const after = phrase.slice(batch.index + batch[0].length);
  if (head.length < 4 || /[0-9]/.test(head) || PLACE_OR_ORGAN_END.test(head)) return null;
  // A verb or frame word right after the batch starts the name there ("首批确立的…").
  if (CUT_WORD_FIRST.test(after)) return null;
  return head + phrase.slice(batch.index);
}

/** A programme phrase (a list's own words after 为/入选, or a cut title phrase) → name, year, batch. */
/**
 * A scope word and a generic honour word only ("入选国家试点", "成为省级示范", a headline's
 * "入围国家示范村镇"): the level of a programme, not its name, which the notice gives elsewhere.
 * So is a level and the zone word ("共创建国家级实验区160个"): the zones of every programme.
 */
const SCOPE_ONLY =
  /^(?:国家级?|全国|省级|全省|市级|全市|县级|全县)(?:试点|示范|示范点|示范单位|试点单位|先进|先进单位|典型|实验区|试验区|示范(?:村镇|乡镇|村|镇|社区|街道|县|城市|城区))$/;

/** A count of units opening a phrase with another measure or their level (3家…, 三县…). */
const OPENING_COUNT = new RegExp(
  `^[0-9${CHINESE_NUMERAL_CHARS}]+(?:家|所|处|县|市|区|镇|地)(?=[\\u4e00-\\u9fff]{4})(?![0-9${CHINESE_NUMERAL_CHARS}]|${COUNT_IN_NAME})`,
);
/** The units an honour is conferred on, counted before its verb ("12个某某服务站被评为省级示范点"). */
const COUNTED_SUBJECT = new RegExp(
  `[0-9${CHINESE_NUMERAL_CHARS}]+个([\\u4e00-\\u9fff()]{4,20}?)(?:被)?(?:评为|命名为|认定为|确定为)$`,
);

/**
 * A scope word and a generic honour only ("省级示范点") name a programme by the units the honour
 * is conferred on, counted before its verb: "N个某某站被评为省级示范点" is the 某某站 省级示范点
 * of the province.
 */
function nameBeforeScope(
  before: string,
  scoped: string,
  province: string | null,
): Programme | null {
  if (!SCOPE_ONLY.test(scoped)) return null;
  const subject = COUNTED_SUBJECT.exec(before)?.[1];
  if (!subject) return null;
  const own = /^省级/.test(scoped) && province ? province : '';
  return { name: own + subject + scoped, year: null, batch: null };
}

/**
 * A scope word outside the quotes of a name quoted whole ("获全国“最美志愿服务社区”称号",
 * "全市“十佳社区”名单"): the quotes give the honour's own name, the word before them only how
 * wide it was conferred. A name going on after its quotes (全国“一村一品”示范村镇) keeps it, and
 * so does a province's (全省, which names the province's own programme).
 */
const SCOPE_BEFORE_QUOTED_NAME =
  /(?:全国|全市|全县|全区)(?=[“"][^“”"]{2,}(?:[”"](?:(?:光荣|荣誉)?称号|名单)?)?$)/;

/** The phrase without a scope word written outside its whole quoted name. */
export function withoutScopeBeforeQuotedName(phrase: string): string {
  return phrase.replace(SCOPE_BEFORE_QUOTED_NAME, '');
}

export function cleanProgramme(
  text: string,
  province: string | null,
  provincial = false,
): Programme | null {
  let phrase = withoutScopeBeforeQuotedName(
    withLevelBeforeQuotedName(
      withoutSpacesInQuotes(withRoundYearFirst(withBatchYearFirst(keyOf(text)))),
    ),
  )
    .replace(/[“”"]/g, '')
    // "获评年度“…”": the round's year (lost or left unsaid) is no part of the name.
    .replace(/^(?:各地|年度)/, '')
    .replace(ATTACHMENT_LABEL, '')
    .replace(LIST_INTRO, '')
    .replace(SHORT_NAME, '')
    // "被评为100个某某社区之一": the unit is one of the list's units, the name ends before.
    .replace(/之一$/, '')
    // "被民政部评为“第三批…实验区”以来": the time clause the name opens ends after it.
    .replace(SINCE_WORD, '')
    .replace(TITLE_WORD, '')
    .replace(STEP_AFTER_BATCH, '$1');
  phrase = withoutThemeBracket(withoutDocTail(withoutShareBeforeList(phrase)));
  phrase = phrase.replace(PILOT_AREAS, '试点');
  // "湖南省第一批…", "锦州市2021年…": the place before the round is the name's own.
  phrase = roundBeforePlace(phrase, province);
  // The name starts at its year, batch or scope word when it has one; a verb between that
  // word and the name ("全省涌现一批…观察点") is cut, the scope word kept.
  let lead = '';
  // The scope word nearest the name ("我省…入选全国…" is national).
  const scope = [...phrase.matchAll(new RegExp(SCOPE_WORD.source, 'g'))].pop();
  if (scope) {
    const at = scope.index ?? 0;
    const before = YEAR_OR_BATCH_BEFORE.exec(phrase.slice(0, at))?.[0] ?? '';
    const carried = nameBeforeScope(
      phrase.slice(0, at - before.length),
      phrase.slice(at),
      province,
    );
    if (carried) return { ...carried, batch: BATCH.exec(before)?.[0] ?? carried.batch };
    phrase = phrase.slice(at - before.length);
    lead = before + scope[0];
  } else {
    const across = nameAcrossBatch(phrase);
    const alone = nameStartPastDate(phrase, NAME_START_ALONE);
    if (across !== null) {
      // The name runs on across its batch word: what follows is its own words, verbs and all.
      phrase = across;
      lead = phrase;
    } else if (alone) {
      phrase = phrase.slice(alone.index);
      lead = alone[0];
    }
  }
  const cut = frameLength(phrase.slice(lead.length));
  // "再开展试点": the frame leaves the units' generic kind only, no name.
  if (cut > 0 && onlyGenericKind(phrase.slice(lead.length + cut))) return null;
  if (cut > 0 && cut < phrase.length - lead.length - 2) {
    // "我市被确定为…", "我市入选…": the speaking city is who joined, not the name's scope.
    const frame = phrase.slice(lead.length, lead.length + cut);
    const kept =
      SPEAKER_LEAD.test(lead) && JOINED.test(frame) ? lead.replace(SPEAKER_LEAD, '') : lead;
    phrase = kept + phrase.slice(lead.length + cut);
  }
  if (!scope) phrase = fromNational(phrase);
  const provinceScope = readProvinceScope(phrase, province);
  phrase = provinceScope.phrase;
  const { own, counted } = provinceScope;
  // A municipality is its own province: its 本市 is the province's own scope word
  // ("本市社区教育实验项目" of a 上海市 notice is 上海市社区教育实验项目).
  if (province?.endsWith('市') && /^本市/.test(phrase)) phrase = province + phrase.slice(2);
  phrase = withoutCountedLevels(phrase).replace(
    new RegExp(`[0-9${CHINESE_NUMERAL_CHARS}]+个`, 'g'),
    '',
  );
  // A count of the units opening the phrase with another measure or the units' own level
  // ("3家农村…示范园", "我省三县…示范园入选…") tells how many joined, no part of the name.
  // A count the name's own words carry on from (百县千乡万村…, 三区联动…, 两区同建…) stays.
  const uncounted = afterUnitCount(afterItemCount(phrase.replace(OPENING_COUNT, '')));
  if (uncounted === null) return null;
  phrase = uncounted;
  const several = SEVERAL_BATCHES.exec(phrase);
  if (several) phrase = phrase.replace(several[0], '');
  const batchMatch = several ? null : BATCH.exec(phrase);
  const batch = batchMatch ? batchMatch[0] : null;
  if (batch) phrase = phrase.replace(batch, '');
  // A yearly collection keeps its year ("2021年度全国基层治理创新典型案例" is what the list is
  // called; so is "2015年度…十大创新成果"); a title conferred on units does not ("2021年全国
  // 示范性老年友好型社区" confers 全国示范性老年友好型社区): its year is the record's year.
  const yearMatch = /((?:19|20)\d{2})年度?/.exec(phrase);
  if (yearMatch?.index === 0 && !/案例|经验|工作法$|成果$/.test(phrase))
    phrase = phrase.slice(yearMatch[0].length);
  // "全国2023创新社会治理典型案例": a bare year after the scope word names the round, not the
  // collection (its headline calls it 全国创新社会治理典型案例).
  const inner = /^(全国|全省|省级)((?:19|20)\d{2})(?![0-9年])/.exec(phrase);
  if (inner) phrase = inner[1]! + phrase.slice(inner[0].length);
  // "获评2018某省“最美…社区”": a bare year glued before the name, without 年, is the round too.
  const bareYear = inner ? null : /^((?:19|20)\d{2})(?=[\u4e00-\u9fff])(?!年)/.exec(phrase);
  if (bareYear) phrase = phrase.slice(bareYear[0].length);
  // "2018某某日暨某市某某创新试点": an occasion and the programme it launches joined by 暨;
  // the name is what the programme's word ends, after the last 暨.
  const joined = phrase.lastIndexOf('暨');
  if (joined > 0 && phrase.length - joined - 1 >= 6) phrase = phrase.slice(joined + 1);
  // "部分实验区", "上述实验区" point at units; they name no programme, nor when a duty is
  // asked of them ("请各实验区于…前报送…").
  phrase = phrase
    .replace(/^[的、,，]+/, '')
    .replace(
      /^(?:请|由|要求|督促)?(部分|有关|相关|上述|各|该|这些|其他|本次|此次|这次|本批|此批)/,
      '',
    );
  // (A 全省 kept for an unnamed province is no word of the name: 全省该荣誉 names nothing.)
  if (phrase.length < 4 || SCOPE_ONLY.test(phrase)) return null;
  if (isClauseFragment(phrase)) return null;
  // "“最佳…项目”和“最美…社区”名单": the last of several names joined by 和 is one group's name,
  // never the programme.
  if (/^(?:和|及|与|以及)/.test(phrase)) return null;
  if (
    provincial &&
    !own &&
    !counted &&
    province &&
    !phrase.includes(province) &&
    !/^全国/.test(phrase)
  )
    phrase = province + phrase;
  if (provinceScope.keep) phrase = `全省${phrase}`;
  const year = yearMatch
    ? Number(yearMatch[1])
    : inner
      ? Number(inner[2])
      : bareYear
        ? Number(bareYear[1])
        : null;
  return { name: titleCreatedToward(phrase), year, batch };
}

/** A unit's own name and what befell it right after a phrase ("…臧巷村入选"). */
const UNIT_AFTER =
  /^[\u4e00-\u9fff]{1,10}?(村|社区|镇|乡|街道)(入选|入围|上榜|荣获|获评|被评为|成为)/;

/** The programme a phrase names, or null. `province` replaces 全省/我省/本省. */
export function programmeIn(
  text: string | null | undefined,
  province: string | null,
): Programme | null {
  return text ? programmeInKey(spacelessKey(text), province) : null;
}

/** Spaces go, line breaks and cell breaks stay: a name never runs across lines. */
function spacelessKey(text: string): string {
  return toKey(text).replace(/[ \u3000]+/g, '');
}

function programmeInKey(key: string, province: string | null): Programme | null {
  return phraseInKey(key, province)?.found ?? null;
}

/** A place's name opening a park's name: the park is that place's own, not a programme. */
const OWN_PARK = /^(?!国家|全国|中国)[\u4e00-\u9fff]{1,6}?(?<![城都])[县区市旗](?![级域])/;

/** The first programme phrase in `key` and where its words end. */
function phraseInKey(
  key: string,
  province: string | null,
): { found: Programme; end: number } | null {
  if (!PHRASE_WORD.test(key)) return null;
  for (const m of key.matchAll(PHRASE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    // A zone's name at the front of a unit's ("毛集实验区臧巷村入选…") is its place.
    if (UNIT_AFTER.test(key.slice(end))) continue;
    let start = end - m[0].length;
    while (start > 0 && end - start < 48 && PHRASE_CHARS.test(key[start - 1] ?? '')) start--;
    const provincial = /(全省|我省|本省)/.test(key.slice(Math.max(0, start - 12), end));
    const found = cleanProgramme(key.slice(start, end), province, provincial);
    // A county's or a city's own park (某县现代农业示范园) is a unit, no programme.
    if (found && m[0] === '示范园' && OWN_PARK.test(found.name)) continue;
    if (found && namesUnitsNotHonour(m[0], found.name)) continue;
    if (found && namesOfficers(found.name)) continue;
    // A scope word kept for an unnamed province is no word of the name (全省 + 绿色社区 is
    // only the end word, the name runs on to the next).
    const words = found && !province ? found.name.replace(/^全省/, '') : found?.name;
    if (!found || !words || words.length < m[0].length + 2) continue;
    const joined = joinedLevel(key, end, m[0]);
    return joined
      ? { found: { ...found, name: found.name + joined }, end: end + joined.length }
      : { found, end };
  }
  return null;
}

/** Every programme phrase in `text`, in reading order. */
export function programmesIn(text: string, province: string | null): Programme[] {
  const out: Programme[] = [];
  let rest = text;
  for (let i = 0; i < 12; i++) {
    const key = spacelessKey(rest);
    const phrase = phraseInKey(key, province);
    if (!phrase) break;
    out.push(phrase.found);
    // Read on after the phrase as written: its cleaned name ("全国社区…" of "全国12个社区…")
    // may first occur further on, and cutting there would skip the phrases between.
    rest = key.slice(phrase.end);
  }
  return out;
}
