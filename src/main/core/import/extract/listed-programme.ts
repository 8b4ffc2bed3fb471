/**
 * A programme named only by its list, when no unit word (实验区, 示范村…) ends a name: the
 * kinds a list names together stay one name ("“某地千年古县、千年古镇”名单", "关于公布某省古镇、
 * 古村落遗产名单的通知"), and a register is called by its 名录 ("第三批某地保护名录").
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import { cleanProgramme, type Programme } from './programme';
import { conferredName } from './conferred-names';
import { toKey } from './text-key';

/** A name in quotes right before 名单 or 名录: the list's own name, its kinds and all. */
const QUOTED_LIST = /[“"]([^“”"\n]{4,60})[”"](?:名单|名录)/;
/**
 * The same in a story's text ("近日，第一批“某省遗产古镇、古村落”名单公布"), with the name's
 * words written before the quotes ("首批某省遗产“古镇、古村落”名单"): the text announcing the
 * list calls it by its name, quoted because it is one name though it joins kinds.
 */
const QUOTED_LIST_IN_TEXT = /([\u4e00-\u9fff]{0,16})[“"]([^“”"\n]{4,60})[”"](?:名单|名录)/;
/**
 * A cited document that publishes a list: "《关于公布…名单的通知》", or shows it for objections
 * first ("《关于公示第一批拟入选…名单的公告》": the list it shows is the one later named).
 */
const PUBLISHED_LIST =
  /《关于(?:公布|公示|命名|确认|认定|确定)([^《》\n]{4,60}?)名单的(?:通知|公告|决定|批复)》/;
/**
 * A list shown for objections is often of candidates ("…典型案例推荐名单", "…候选名单") or a
 * round's results ("…结项验收结果名单"): the step is the list's, not the programme's name.
 */
const CANDIDATE_STEP = /的?(?:推荐|候选|结果)+$/;
/**
 * A naming document, cited ("《关于命名第二批国家某某县(市)的通知》") or its own title
 * ("某部关于命名第三批…的通知"): what it names is the honour it confers, whatever word ends it.
 */
const NAMING_DOCUMENT = /关于命名([^《》\n]{4,60}?)的(?:通知|公告|决定)(?:》|$)/;
/**
 * A naming document cited in the body names this notice's programme only when the same
 * sentence tells this notice's units named by it ("…的通知》，我省5县入选", "…》，决定命名…"):
 * cited as the ground of other work ("根据《关于命名首批…的决定》要求，现开展第二批…评估") it is another round's.
 */
const CITED_NAMING_DOCUMENT =
  /关于命名([^《》\n]{4,60}?)的(?:通知|公告|决定)(?:$|》[^。；;！!？?]{0,60}?(?:入选|命名|跻身|获评|被评为|列入|被确定为|被认定为|榜上有名|上榜))/;
/** The cited call that launched the round: "《关于开展…认定工作的通知》". */
const LAUNCHED_ROUND = /《关于开展([^《》\n]{4,60}?)(?:认定|评选|评定|申报|创建)工作的通知》/;
/** A register named as such ("…保护名录", "…保护名录名单"): its 名录 is part of the name. */
const REGISTER = /([^\s，,。:：!！?？《》“”"]{4,60}?名录)(?:名单)?/;
/** A headline that is a list's name and nothing more ("某省首批古镇、古村落遗产名单公布"). */
const LIST_HEADLINE = /^([^\s，,。:：!！?？《》“”"]{6,60}?名单)(?:公布|发布|出炉|揭晓)?$/;

/** A place written before the batch ("某省首批…") is part of the name the batch is cut from. */
const PLACE_THEN_BATCH = new RegExp(
  `^([\\u4e00-\\u9fff]{2,8}?(?:省|自治区|市|县|区))(第[0-9${CHINESE_NUMERAL_CHARS}]+批|首批)`,
);

/**
 * The step a list of units still building toward a title is at ("…未来社区创建名单", "《关于开展…
 * 现代农业园区创建申报工作的通知》"): the units are creating toward the title, which is the
 * programme; no name ends with the verb.
 */
const CREATING_STEP = /创建$/;

function named(raw: string | undefined, province: string | null): Programme | null {
  if (!raw) return null;
  const found = cleanProgramme(
    raw.replace(CREATING_STEP, '').replace(PLACE_THEN_BATCH, '$2$1'),
    province,
  );
  // The city telling of its share ("我市…入选…") is no part of the list's name.
  const name = found?.name.replace(/^(?:我|本)(?:市|县|区)/, '') ?? '';
  // A list naming its units' kinds only ("千年古镇") is a part of the list, not its name.
  return found && name.length >= 6 ? { ...found, name } : null;
}

/** What units are entered into is the register itself: its 名录 stays in the name. */
function register(raw: string | undefined, province: string | null): Programme | null {
  const found = named(raw, province);
  return found && !found.name.endsWith('名录') ? { ...found, name: `${found.name}名录` } : found;
}

export function listedProgramme(
  title: string | null,
  opening: string,
  province: string | null,
): Programme | null {
  const head = title ? toKey(title).replace(/\s+/g, '') : '';
  const body = toKey(opening).replace(/[ \u3000]+/g, '');
  return (
    named(QUOTED_LIST.exec(head)?.[1], province) ??
    named(PUBLISHED_LIST.exec(body)?.[1]?.replace(CANDIDATE_STEP, ''), province) ??
    named(LAUNCHED_ROUND.exec(body)?.[1], province) ??
    register(REGISTER.exec(head)?.[1], province) ??
    named(LIST_HEADLINE.exec(head)?.[1], province) ??
    quotedInText(body, province) ??
    named(NAMING_DOCUMENT.exec(head)?.[1], province) ??
    named(CITED_NAMING_DOCUMENT.exec(body)?.[1], province) ??
    conferredName(head, body, province)
  );
}

function quotedInText(body: string, province: string | null): Programme | null {
  const m = QUOTED_LIST_IN_TEXT.exec(body);
  return m ? named(`${m[1]}${m[2]}`, province) : null;
}
