/**
 * Units recognised after a creation period ("认定北京市…等100个单位为第二批国家农村产业融合
 * 发展示范园" in a notice that tells of the creation behind it, 创建过程, 创建成效): the
 * recognition is the close of their creation, as an acceptance is of an experiment, so they
 * have passed (已验收). A call telling how recognition will be done ("经认定后授牌", "认定后"),
 * a plan (拟认定, 将…认定 without a decision), a recognition as a creation unit (…创建单位) and a
 * first naming with no creation before it state no outcome.
 */
import type { Outcome } from './outcomes';

/**
 * A decided recognition of named units as a titled batch or programme. A naming after the
 * creation is one too ("决定命名北京市通州区等53个县(市、区)为…示范县", "命名A、B…共8个县…示范县
 * 称号"), and so is a title granted ("授予延吉市等12个(市、区)首批“…示范县”称号"): the title
 * conferred on the units that created toward it.
 */
const RECOGNISED =
  /认定(?!后|工作|办法|标准|条件|程序)[^。；;]{0,60}?为(?:首批|第[一二三四五六七八九十0-9]+批)?[^。；;，,]{0,30}?(?:示范园|示范区|示范县|示范基地|示范单位|园区|保护区)|命名(?!后|工作|办法|标准|条件|程序|管理)[^。；;]{0,90}?示范县|授予(?!后|工作|办法|标准|条件|程序)[^。；;]{0,60}?(?:示范|模范)(?:县|区|市)[”"」』]?称号/;
/**
 * A naming list published or entered ("公布第三批…示范区名单", "被列入…示范区名单", "印发…示范园
 * 名单", "…示范县名单公布"): after a creation round it is the units' recognition, as 认定…为
 * is. A creation list (…示范区创建名单) is excluded below, as is one still proposed.
 */
const LISTED =
  /(?:公布|印发|发布|列入)[^。；;]{0,40}?(?:示范园|示范区|示范县|示范基地|示范单位)(?:[(（][^()（）]{1,6}[)）])?(?:单位)?名单|(?:示范园|示范区|示范县|示范基地|示范单位)名单(?:正式)?(?:公布|发布|出炉|揭晓)/;
/**
 * A recognition only planned or proposed: nothing has been decided yet. A list put up for
 * public comment ("…示范区名单（公示稿）", "现予公示") is proposed; one that has passed it
 * ("经公示无异议") is decided.
 */
const PLANNED =
  /拟|(?<!同意|决定)将(?=[^。；;]{0,20}?认定)|申请认定|申报认定|经认定后|认定后|公示稿|征求意见稿|(?:予以|现予|进行)公示|公示期(?!满)/;
/**
 * A naming promised to whoever passes ("对验收合格的命名为…示范县", "验收合格后，由某部认定为…",
 * "对验收合格的，授予…称号"):
 * the condition comes right before the act with no unit named between, so nobody is named yet.
 * A naming of units that passed names them ("对验收合格的北京市通州区…予以命名").
 */
const CONDITIONAL =
  /(?:合格|达标|通过)(?:的|后|者)[，,]?(?:由[^。；;，,]{2,20}?)?(?:将|方可|可|予以)?(?:(?:命名|认定)为|授予)/;
/** Named as units still to be created or cultivated: a creation list, no close. */
const STILL_CREATING = /创建(?:单位|名单|对象|资格)|培育(?:单位|名单|对象)/;
/**
 * A list entered as a creation list, or put to create a batch (…等116个单位创建第三批…示范园): its
 * units are creating still (…示范创建县名单, …创建单位).
 */
const ON_CREATION_LIST =
  /示范创建(?:县|区|市)|创建(?:单位|名单|对象)|创建(?:首批|第[一二三四五六七八九十0-9]+批)|培育(?:单位|名单|对象)/;
/** The notice tells of the creation the units went through before this recognition. */
const CREATION_BEFORE = /创建(?:过程|成效|工作|期|周期|总结|阶段|任务)/;
/** A creation the units lived through (its course, results, period): more than the work in general. */
const CREATION_LIVED = /创建(?:过程|成效|期|周期|总结|阶段|任务)/;
/**
 * Units that applied to the recognition itself ("经各地申报、…评审和网上公示，决定认定…为…示范县"):
 * they were chosen from this round's applications, not closing a creation they were put on before.
 */
const APPLIED_FOR = /申报/;
/**
 * A list's publication alone decides nothing about a round: only a notice telling the creation
 * round the units were first put on ("产生了…创建资格名单", "入选国家创建名单", a unit told as one of
 * its creation pilots: "从2019年开始成为…示范县创建试点", the programme's creation list named as
 * such: "入选第三批…示范创建县名单") and the years of creating since ("经过两年多的创建") makes it
 * that round's close. Creation work in general (开展…创建工作) is no such round: the list may be
 * the programme's first naming.
 */
const CREATION_ROUND =
  /(?:获得|取得)创建资格|创建(?:资格)?名单|经过[^。；;，,]{0,8}?创建|示范创建(?:县|区|市)(?:[(（][^()（）]{1,6}[)）])?(?:[^。；;，,]{0,4}?验收|名单)|(?:成为|作为|是)[^。；;，,]{0,40}?创建(?:首批|第[一二三四五六七八九十0-9]+批)?试点/;
/**
 * A county's creating toward a title as the spur of its work ("以创建全国“…示范县”为契机"): the
 * creation round of the recognition only where that title is the one recognised, not another
 * honour the county also strove for (以创建全国文明城市为契机 on a page naming 示范县).
 */
const CREATED_TOWARD = /以创建([^。；;，,]{2,40}?)为契机/g;

/** The page tells a creation toward a title the recognition (`around`) confers. */
function createdTowardRecognised(notice: string, around: string): boolean {
  for (const m of notice.matchAll(CREATED_TOWARD)) {
    const title = m[1]!.replace(/^(?:全国|国家级?|省级?)/, '').replace(/[“”"「」『』《》]/g, '');
    if (title.length >= 4 && around.includes(title)) return true;
  }
  return false;
}

/**
 * "至此，我省成功发展4家…示范园。分别是…": a tally after the recognition sums up the units of every
 * round, those recognised now among them; it states no outcome of its own list.
 */
const TALLY =
  /^[\s，,]*(?:至此|截至目前|截至[0-9]{4}年|累计|目前[，,]?[^。；;，,]{0,4}共|(?:我|全|本)(?:国|省|市|州|区|县)(?:已|现|共|累计)有)/;
/** Units said not to have entered the list ("…未能列入", "落选"): the list is no outcome of theirs. */
const NOT_LISTED = /未(?:能|被)?(?:列入|入选|进入)|没有(?:列入|入选)|落选/;

type Recognition = { how: 'named' | 'listed'; before: string; granted: string | null };

/** The title a grant confers (授予…“全国综合减灾示范县”称号 → 全国综合减灾示范县). */
const GRANTED_TITLE = /([^。；;，,“”"「」『』、]{2,30}?(?:示范|模范)(?:县|区|市))[”"」』]?称号/;
/** A title's scope: a province's or a city's own (省级…, 市级…) or the nation's (全国…, or none). */
const scopeOf = (title: string): string => /省级|市级/.exec(title)?.[0] ?? '国家';

/**
 * Whether the notice tells a unit as a creation pilot of a title of the scope granted ("成为全国
 * 综合减灾示范县创建试点" for 授予…“全国综合减灾示范县”称号): a national pilot is no round of a
 * province's title (省级…示范县). The words may differ (a repost's swapped names); the scope may not.
 */
function pilotOfGranted(granted: string, notice: string): boolean {
  const want = scopeOf(granted);
  for (const m of notice.matchAll(
    /(?:成为|作为|是)(?:[^。；;，,]{0,40}?[、和与及])?([^。；;，,、和与及“”"]{2,40}?)[”"」』]?创建(?:首批|第[一二三四五六七八九十0-9]+批)?试点/g,
  )) {
    if (scopeOf(m[1]!) === want) return true;
  }
  return false;
}

/** The recognition in `text`: 'named' (认定…为) or 'listed' (公布…名单), with its sentence's lead. */
function recognitionIn(text: string): Recognition | null {
  const sentences = text.split(/[。；;]/);
  for (const [i, sentence] of sentences.entries()) {
    const named = RECOGNISED.exec(sentence);
    const m = named ?? LISTED.exec(sentence);
    if (!m) continue;
    if (PLANNED.test(sentence) || CONDITIONAL.test(sentence)) continue;
    // A title granted speaks for the units its own sentence names (授予A等12个…称号), not for a
    // list further on (…B社区等25个被评为…: another honour's).
    if (named?.[0].startsWith('授予') && sentences.slice(i + 1).some((s) => s.trim() !== ''))
      continue;
    if (STILL_CREATING.test(sentence.slice(m.index))) continue;
    // A list's publication speaks for the list that follows it, unless a tally comes between.
    if (!named && sentences.slice(i + 1).some((s) => TALLY.test(s))) continue;
    if (!named && NOT_LISTED.test(sentence.slice(m.index))) continue;
    return {
      how: named ? 'named' : 'listed',
      before: sentence.slice(0, m.index),
      granted: named?.[0].startsWith('授予') ? (GRANTED_TITLE.exec(named[0])?.[1] ?? '') : null,
    };
  }
  return null;
}

/**
 * The naming of the list itself, when its own clause names it ("命名山东省为全国医养结合示范省"): the
 * verb right before the list (`listAt` in `around`) and its words up to the next naming or the
 * sentence's end. Null when the list is not the object of a naming verb of its own.
 */
function ownNaming(around: string, listAt: number): string | null {
  const before = around.slice(Math.max(0, listAt - 12), listAt);
  const verb = /(?:命名|认定)(?:首批|第[一二三四五六七八九十0-9]+批)?$/.exec(before);
  if (!verb) return null;
  // The naming runs to the sentence's end or the next naming (命名A、B,共2个县…示范县称号 is one).
  const rest = around.slice(listAt);
  const close = rest.search(/[。；;]|命名|认定/);
  return verb[0] + (close < 0 ? rest : rest.slice(0, close));
}

/**
 * The outcome a recognition before or around a list (`around`) gives its units, in a notice
 * (`notice`) that tells of their creation: 已验收, or null. The list's own naming decides for it
 * when it has one (`listAt`: where the list starts in `around`): a province named a 示范省 beside
 * counties named 示范县 in the next clause is no unit of theirs, and no recognition the rule
 * knows closes its creation.
 */
export function recognitionOutcome(
  around: string,
  notice: string,
  listAt?: number,
): Outcome | null {
  // A list its own clause puts on a creation list (…等5个县入选第三批…示范创建县名单) is still
  // creating, whatever naming of another list the page tells before it.
  if (listAt !== undefined && ON_CREATION_LIST.test(around.slice(listAt).split(/[。；;]/)[0]!))
    return null;
  const own = listAt === undefined ? null : ownNaming(around, listAt);
  // A naming of its own the rule does not know (…示范省, …示范基地) takes no other clause's
  // naming; only the list's publication before it (现公布…示范基地名单，决定命名…) speaks for it.
  const foreign = own !== null && !RECOGNISED.test(own);
  const creation = CREATION_BEFORE.test(notice);
  const round = CREATION_ROUND.test(notice) || createdTowardRecognised(notice, around);
  if (!creation && !round) return null;
  const found = recognitionIn(foreign ? around.slice(0, listAt) : around);
  if (!found || (foreign && found.how !== 'listed')) return null;
  // Creation work in general and units that applied to this very recognition: a selection, as
  // a first naming is (the year's 创建工作 is the round of applying), no close of a creation.
  // An acceptance told in the same lead (经各地申报验收、…; 根据申报，组织了验收) still closes one.
  const selected =
    !round &&
    !CREATION_LIVED.test(notice) &&
    APPLIED_FOR.test(found.before) &&
    !/验收/.test(found.before);
  if (selected) return null;
  // A title granted (授予…称号) closes only a creation round the page tells its units were on
  // (…创建试点): a county's creation work in general (创建工作) may precede a first naming.
  if (found.granted !== null && (!round || !pilotOfGranted(found.granted, notice))) return null;
  return found.how === 'named' || round ? { status: '已验收' } : null;
}
