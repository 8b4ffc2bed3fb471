/**
 * Programmes a story names only as what its units were entered into or given, with no unit
 * word (实验区, 示范村…) to end the name: a register by batch ("列入第五批中国传统村落名录"), an
 * honour in quotes after the verb that gave it ("荣获“千年古县”这一殊荣", "入选“国家森林乡村”")
 * or after the count of its holders ("74个“千年古县”"), and a national title counted bare at the
 * end of its line ("3947个国家森林乡村"). Read last, when nothing else names the programme.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import { cleanProgramme, type Programme } from './programme';

/**
 * A register with batches ("第五批中国传统村落名录"): 名录 after a batch word is the register the
 * units are entered into, not a word for a list ("我省入选名录具体数目" has no batch). A cited
 * document's title is dropped first: "《第五批拟列入…名录的…公示》" names the shown list.
 */
const BATCHED_REGISTER = new RegExp(
  `([\\u4e00-\\u9fff]{0,12})((?:第[0-9${CHINESE_NUMERAL_CHARS}]+|首)批)([\\u4e00-\\u9fff]{4,20}?名录)(?![\\u4e00-\\u9fff])`,
);
/** The verb entering units or publishing the register: the words before it are no name's. */
const ENTERING = /.*(?:列入|纳入|公布|公示了?|发布|入选)/;
/**
 * A unit entered before ("该村已于2019年列入第五批…名录", "曾入选…"): its profile in a notice
 * about another list, not the register this notice enters units into.
 */
const ENTERED_BEFORE = /(?:曾|已|先后|此前)(?:于?[0-9]{4}年)?被?(?:列入|纳入|入选)$/;
/** A place written before the batch ("公布阜阳市第一批…名录") is the register's own. */
const PLACE_BEFORE = /[\u4e00-\u9fff]{2,6}?(?:省|自治区|市|县|区)$/;

const OPEN = '[“"「『]';
const CLOSE = '[”"」』]';
/**
 * What a unit won before ("该村曾荣获“…”", "先后荣获") is its profile, not this notice's
 * programme; nor is a tally of a title's holders ("全省已有74个“千年古县”，本次…"): the units
 * this notice names are others. Things built in a campaign's name ("建成12个“幸福家园”") are
 * its work, no honour conferred.
 */
const PAST = '(?<!(?:曾|曾经|先后|多次|此前)(?:于?[0-9]{4}年)?)';
const NOT_TALLIED = '(?<![0-9]|有|累计|建成|打造|新建|新增|改造)';
/**
 * An honour in quotes right after the verb conferring it or the count of its holders: the
 * quotes mark one name, the verb or the count that units hold it.
 */
const CONFERRED = new RegExp(
  `(?:${PAST}(?:荣获|荣膺|入选|获评|被评为|评定为|认定为|确认为|认定的|命名为)|${NOT_TALLIED}[0-9]+个)${OPEN}([^“”"「」『』\\n]{4,20})${CLOSE}`,
  'g',
);
/**
 * A national title counted at the end of its line or sentence ("3947个国家森林乡村"): what the
 * counted units became, so its words end in a kind of place. "3个国家重点项目资金补助" is none.
 */
const COUNTED_NATIONAL = new RegExp(
  `${NOT_TALLIED}[0-9]+个(国家(?!级)[\\u4e00-\\u9fff]{1,8}(?:乡村|村庄|城镇|城市|县城|乡镇|社区|村|镇|县))(?=$|\\n|[，。,；;！!？?])`,
  'm',
);

/**
 * The one honour a text confers in quotes: several different ones ("9名“最美志愿者”，11个“最佳
 * 志愿服务组织”…") are the kinds of a programme named elsewhere, none of them its name.
 */
function conferred(text: string, province: string | null): Programme | null {
  const found = [...text.matchAll(CONFERRED)].map((m) => cleaned(m[1], province));
  const names = new Set(found.map((p) => p?.name ?? null));
  const one = names.size === 1 ? (found[0] ?? null) : null;
  return one ? (writtenLonger(text, one, province) ?? one) : null;
}

/**
 * The same honour the text confers elsewhere with words before its quotes ("被确认为中国地名
 * 文化遗产“千年古县”"): that is its whole name, and the sentences naming units call it so.
 */
function writtenLonger(text: string, one: Programme, province: string | null): Programme | null {
  const quoted = one.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const longer = new RegExp(`(?:为|成为)([\\u4e00-\\u9fff]{2,12})${OPEN}${quoted}${CLOSE}`);
  const words = longer.exec(text)?.[1];
  return words ? cleaned(words + one.name, province) : null;
}

function cleaned(raw: string | undefined, province: string | null): Programme | null {
  if (!raw) return null;
  const found = cleanProgramme(raw, province);
  return found && found.name.length >= 4 ? found : null;
}

function register(body: string, province: string | null): Programme | null {
  const text = body.replace(/《[^《》]*》/g, '');
  const m = BATCHED_REGISTER.exec(text);
  if (!m || ENTERED_BEFORE.test(text.slice(0, m.index + m[1]!.length))) return null;
  const place = PLACE_BEFORE.exec(m[1]!.replace(ENTERING, ''))?.[0] ?? '';
  const found = cleaned(m[2]! + place + m[3]!, province);
  return found && !found.name.endsWith('名录') ? { ...found, name: `${found.name}名录` } : found;
}

/** The programme the title or the text names as conferred or entered into, or null. */
export function conferredName(
  head: string,
  body: string,
  province: string | null,
): Programme | null {
  return (
    register(body, province) ??
    conferred(head, province) ??
    conferred(body, province) ??
    cleaned(COUNTED_NATIONAL.exec(body)?.[1], province)
  );
}
