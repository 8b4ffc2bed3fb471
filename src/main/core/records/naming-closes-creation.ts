/**
 * A naming that closes a creation the ledger already holds. Units put on a creation list
 * (…示范创建县, 试点创建名单) build toward a title the programme confers later; the later
 * notice that names them (决定命名…为…示范县, …示范县名单公布) is their acceptance, even where that
 * notice tells nothing of the creation itself — the ledger does, through the record's earlier
 * mention. Only a unit the naming names is closed: a creation unit the page names as one still
 * creating (…入选第三批…示范创建县名单) is not, and neither is one it does not name at all.
 * A naming of another title (该县先后被命名为国家卫生县城) closes nothing: the title it confers
 * must be the creation's own. Pure: the texts are the notices' (simplified before they come here).
 */
import { nationalBase, programmeBase, programmeStem } from './programme-name';

/** A creation list or its units: the list a unit is put on to build toward a title. */
const CREATION = /创建(?:县|市|区|单位|名单|对象|资格|项目)|试点创建/;
/** A decided naming: the title conferred (命名…为 / …称号), or the named list published. */
const NAMING = [
  /命名(?!后|工作|办法|标准|条件|程序|管理|公布)[^。；;\n]{0,90}?(?:为|称号)/,
  /(?:公布|印发|发布)(?:了)?[^。；;\n]{0,40}?名单/,
];
/**
 * "…示范县名单公布": the list named before the word; a creation list published so
 * ("省首批未来社区试点创建名单公布") names nobody.
 */
const LIST_PUBLISHED = /([^。；;\n，,]{0,40}?)名单(?:正式)?公布/;
/**
 * A list of a step on the way, not of the named: a round's evaluation ("2022年度评估优秀名单"),
 * candidates or those recommended, those being fostered.
 */
const STEP_LIST = /评估(?!验收)|监测|考核|候选|推荐|申报|初审|培育|储备|后备|中期/;
/** Only planned or proposed (拟命名, a list up for comment), or promised to whoever passes. */
const NOT_DECIDED =
  /拟|公示|征求意见|将[^。；;\n]{0,10}?命名|(?:合格|达标|通过)(?:的|后|者)[，,]?(?:由[^。；;，,]{2,20}?)?(?:将|方可|可|予以)?命名/;

/** The text tells a creation list (or its units) of a title. */
export function tellsCreation(text: string): boolean {
  return CREATION.test(text);
}

/** A round written in front of a programme (2021年度, 第二批, 首批). */
const ROUND = /^(?:(?:19|20)[0-9]{2}年度?)?(?:第[0-9一二三四五六七八九十]+批|首批)?/;
/** A programme's scope written in front of it: national, a province's, the province itself. */
const SCOPE = /^(?:全省|省级|市级|[\u4e00-\u9fa5]{2,3}(?:省|自治区))/;

/**
 * The words a conferred title must hold to be the programme's: its name without scope, without
 * the creation words a creation list adds (…示范创建县, …试点创建) and, where enough is left to
 * tell it, without the kind of unit it ends in (a county's naming writes …示范县 for …示范市县).
 */
function titleWords(programme: string): string[] {
  const core = nationalBase(programmeBase(programme).replace(ROUND, ''))
    .replace(SCOPE, '')
    .replace(/试点创建|创建/g, '');
  return [core, programmeStem(core)].filter((w) => w.length >= 4);
}

/** The title a naming confers (`conferred`, from its verb on) is the programme's (null: any). */
function confersProgramme(conferred: string, programme: string | null): boolean {
  if (!programme) return true;
  const words = titleWords(programme);
  const plain = conferred.replace(/[\s\u3000]/g, '');
  return words.length === 0 || words.some((w) => plain.includes(w));
}

/**
 * The notice (its text) decides a naming in one of its sentences, not of a creation list, and,
 * given the record's programme, a naming of that programme's title.
 */
export function decidesNaming(text: string, programme: string | null = null): boolean {
  return text.split(/[。；;\n]/).some((sentence) => {
    if (NOT_DECIDED.test(sentence)) return false;
    const published = LIST_PUBLISHED.exec(sentence);
    if (
      published &&
      !CREATION.test(published[1]!) &&
      !STEP_LIST.test(published[1]!) &&
      confersProgramme(published[1]!, programme)
    )
      return true;
    return NAMING.some((re, i) => {
      const m = re.exec(sentence);
      if (!m || CREATION.test(sentence.slice(m.index))) return false;
      // the list a published list names lies between the verb and 名单; a title conferred
      // follows its verb (命名…为 the title) within its clause: the sentence may go on to tell
      // the creation's work ("…命名为国家卫生县城，…示范县建设稳步推进")
      if (i !== 0 && STEP_LIST.test(m[0])) return false;
      const title = sentence.slice(m.index + m[0].length).split(/[，,]/)[0]!;
      return confersProgramme(i === 0 ? m[0] + title : m[0], programme);
    });
  });
}

export interface MentionTold {
  noticeId: number;
  /** The notice's date, where it gives one. */
  issuedOn: string | null;
  /** Whether the notice tells a creation list. */
  creation: boolean;
  /** Whether the notice decides a naming. */
  naming: boolean;
  /** Whether the sentence naming the unit tells it as a creation unit. */
  unitCreating: boolean;
}

/**
 * The mentions whose naming closes the record's creation (one per notice, the first of each):
 * from a notice that decides a naming and names this unit as named (not as creating), after
 * another notice put the unit on a creation list (not dated before that list). Every such
 * naming tells the acceptance, as every acceptance notice naming a zone does.
 */
export function namingsThatClose<M extends MentionTold>(mentions: readonly M[]): M[] {
  const namings = mentions.filter((m) => m.naming && !m.unitCreating);
  const creations = mentions.filter((m) => m.creation && !(m.naming && !m.unitCreating));
  const closing: M[] = [];
  for (const n of namings) {
    if (closing.some((c) => c.noticeId === n.noticeId)) continue;
    const after = creations.some(
      (c) => c.noticeId !== n.noticeId && !(c.issuedOn && n.issuedOn && n.issuedOn < c.issuedOn),
    );
    if (after) closing.push(n);
  }
  return closing;
}

/**
 * Whether `namingsThatClose` can find anything among a record's mentions, asked before their
 * notices' texts are weighed: a naming closes only a creation that another notice told, so the
 * mentions of one notice close nothing, and neither do notices none of which tells a creation.
 * `tellsCreationOf` is asked only when the mentions come from two notices or more, and stops
 * at the first that tells one (a joined record's earlier notices are long texts).
 */
export function mayClose(
  mentions: readonly { noticeId: number }[],
  tellsCreationOf: (noticeId: number) => boolean,
): boolean {
  const notices = [...new Set(mentions.map((m) => m.noticeId))];
  return notices.length >= 2 && notices.some(tellsCreationOf);
}
