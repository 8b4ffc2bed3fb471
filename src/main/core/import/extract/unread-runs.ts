/**
 * Never silent: a run of townships' villages and communities written one after another
 * ("…海阳镇盐铺村、商山镇黄村、鹤城乡左右龙村、渭桥乡资村…全部通过复核被保留") that no
 * layout read is a list in a shape nobody taught us. It is said, with where it is. Stops of a
 * visit ("考察了A镇B村、C镇D村") are passing mentions, and counties and cities written short
 * are places told of, not entries: neither is reported. Counties written whole, each with its
 * province and city ("河南省某市某县、四川省某市某县、山东省…"), are how a list writes its
 * entries: a run of them nothing read is reported however many records the notice has. So are
 * institutions each written after its city or county ("某市救助管理站、某县福利院、…获评…").
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { ListDraft } from './drafts';
import { provinceAt } from './provinces';
import type { KeyedText } from './text-key';

/** A township's village or community, written without its county. */
const UNIT =
  /^(?:(?![等的为和及与获被入评共个以在])[\u4e00-\u9fff]){1,8}?(?:镇|乡|街道|苏木)(?:(?![等的为和及与获被入评共个以在])[\u4e00-\u9fff]){1,10}(?:村|社区|嘎查)$/;
const PASSING = /(调研|考察|走访|视察|陪同|参观|来到|深入到|先后到)[^。；]*$/;
/** How many such names in one run make a list. */
const RUN = 3;

/** One written form of a run's names: what each name is, and where a run's first one starts. */
interface RunForm {
  isName: (text: string) => boolean;
  leadOff: (text: string) => number | null;
  /** A run no longer than the records read may be their retelling (short names only). */
  retold: boolean;
  /** The words after the run that make its names who acted, not what was listed. */
  actedAfter?: RegExp;
}

/**
 * What every township unit ends in, tested before the patterns: most pieces of a notice are no
 * such name, and the patterns' lazy runs try every split of them first.
 */
const UNIT_END = /(?:村|社区|嘎查)$/;

const TOWNSHIP_UNITS: RunForm = {
  isName: (t) => UNIT_END.test(t) && UNIT.test(t),
  leadOff: (t) => leadingOff(t),
  retold: true,
};

export function unreadRuns(
  doc: KeyedText,
  lists: ListDraft[],
  records: readonly { regionText: string | null }[],
): NoticeWarning[] {
  const pieced = doc.lines.map((line) => ({ line, pieces: piecesOf(line) }));
  return [TOWNSHIP_UNITS, WHOLE_COUNTIES, PLACED_INSTITUTIONS].flatMap((form) =>
    runsOf(doc, pieced, lists, records, form),
  );
}

interface Piece {
  text: string;
  start: number;
}

/** The pieces between 、 on a line, each with where it starts: split once for every form. */
function piecesOf(line: KeyedText['lines'][number]): Piece[] {
  let at = line.start;
  return line.key.split(/[、，,；;。]/).map((text) => {
    const piece = { text, start: at };
    at += text.length + 1;
    return piece;
  });
}

/** The county a name written whole ends in ("安徽省合肥市包河区" → 包河区). */
const COUNTY_END = /(?:市|州|盟|地区)([^市州盟]{1,8}?(?:县|区|市|旗))$/;

/**
 * A run whose every county is a place some record holds is the list retold — a notice's body
 * naming what its attachment lists ("同意将北京市石景山区，…安徽省合肥市包河区…为实验区").
 */
function retoldByRecords(
  run: readonly { text: string }[],
  records: readonly { regionText: string | null }[],
): boolean {
  return run.every((p) => {
    const county = COUNTY_END.exec(p.text.trim())?.[1];
    return !!county && records.some((r) => r.regionText?.includes(county));
  });
}

function runsOf(
  doc: KeyedText,
  pieced: readonly { line: KeyedText['lines'][number]; pieces: Piece[] }[],
  lists: ListDraft[],
  records: readonly { regionText: string | null }[],
  form: RunForm,
): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  const read = (from: number, to: number): boolean =>
    lists.some((l) => l.items.some((it) => it.start < to && it.end > from));
  for (const { line, pieces } of pieced) {
    let run: Piece[] = [];
    const flush = (): void => {
      const first = run[0];
      const last = run[run.length - 1];
      const count = run.length;
      const names = run;
      run = [];
      if (!first || !last || count < RUN || (form.retold && records.length >= count)) return;
      if (!form.retold && retoldByRecords(names, records)) return;
      const end = last.start + last.text.length;
      // The words leading to the run, its first piece's own with them ("代表们先后来到某市…").
      if (read(first.start, end) || PASSING.test(doc.key.slice(line.start, first.start))) return;
      if (PASSING.test(doc.key.slice(line.start, first.start + first.text.length))) return;
      if (form.actedAfter?.test(doc.key.slice(end, line.start + line.key.length))) return;
      out.push({
        code: 'unread_list',
        message: `“${doc.text.slice(first.start, Math.min(end, first.start + 30))}”等${count}个名称没有读作条目（格式未能识别），请核对`,
        start: first.start,
        end,
      });
    };
    for (const p of pieces) {
      if (run.length > 0 && form.isName(p.text.trim())) {
        run.push(p);
        continue;
      }
      flush();
      // A run's first name may follow the words that lead to it ("…示范村海阳镇盐铺村").
      const lead = form.leadOff(p.text);
      if (lead !== null) run.push({ text: p.text.slice(lead), start: p.start + lead });
    }
    flush();
  }
  return out;
}

/** A run's first name after the words that lead to it: a township of two to four characters. */
const LEAD_UNIT =
  /^[\u4e00-\u9fff]{2,4}(?:镇|乡|街道|苏木)(?:(?![等的为和及与获被入评共个以在])[\u4e00-\u9fff]){1,10}(?:村|社区|嘎查)$/;

/** Where a piece's township unit starts ("…示范村海阳镇盐铺村" → 海阳镇…), or null. */
function leadingOff(text: string): number | null {
  // No tail names a village unless the piece ends in one: each tail is tested to the end.
  if (!UNIT_END.test(text.trimEnd())) return null;
  if (UNIT.test(text.trim())) return 0;
  // The shortest tail that names a township and its village: the lead words stay out.
  for (let i = text.length - 4; i > 0; i--) if (LEAD_UNIT.test(text.slice(i).trim())) return i;
  return null;
}

/** No name of a run holds these: they join, count or tell of names. */
const NAME_CHAR = '(?:(?![等的为和及与获被入评共个以在])[\\u4e00-\\u9fff])';
/** A county's city and the county, after its province: "许昌市襄城县", "恩施州利川市". */
const CITY_COUNTY = new RegExp(
  `^${NAME_CHAR}{1,8}?(?:市|州|盟|地区)${NAME_CHAR}{1,8}?(?:县|区|市|旗)$`,
);

const COUNTY_LAST = /[县区市旗]$/;

/** Where a county written whole starts in `text` ("类似的河南省许昌市襄城县" → 河南省…), or null. */
function wholeCountyAt(text: string): number | null {
  // The county's level word ends the text, or no place in it starts a county written whole.
  if (!COUNTY_LAST.test(text)) return null;
  for (let i = 0; i + 6 <= text.length; i++) {
    const p = provinceAt(text, i);
    if (p && CITY_COUNTY.test(text.slice(i + p.length))) return i;
  }
  return null;
}

const WHOLE_COUNTIES: RunForm = {
  isName: (t) => wholeCountyAt(t) === 0,
  leadOff: (t) => {
    const at = wholeCountyAt(t.trim());
    return at === null ? null : t.length - t.trimStart().length + at;
  },
  retold: false,
};

/** An institution's whole name after its city or county ("某市救助管理站（儿童保护中心）"). */
const PLACED_INSTITUTION = new RegExp(
  `^${NAME_CHAR}{1,8}?(?:省|市|州|盟|县|区|旗)(?:${NAME_CHAR}|[(（]${NAME_CHAR}{1,6}[)）]){2,20}?` +
    `(?:院|中心|所|站|馆|社|校|学校|公司|基地|协会|商会|学会|联合会|促进会|基金会|之家)` +
    `(?:[(（][^()（）]{1,12}[)）])?$`,
);
/** The last character of every institution's name above, or of its bracketed note. */
const INSTITUTION_LAST = /[院心所站馆社校司地会家)）]$/;
const isPlacedInstitution = (t: string): boolean =>
  INSTITUTION_LAST.test(t) && PLACED_INSTITUTION.test(t);

/**
 * What the institutions of a sentence did rather than were chosen as: spoke, hosted, attended
 * ("…、某市某某中心作交流发言", "…联合主办").
 */
const ACTED =
  /^[^。；;，,]*?(?:发言|主办|承办|协办|出席|参加|参会|观摩|汇报|介绍了?(?:经验|做法)|交流(?:经验|做法))/;

/**
 * Institutions named one after another ("…、某市救助管理站（…）、某县福利院、某市某某协会获评…"):
 * the pilot units a story lists in one sentence. A government organ is no such entry (organs
 * run, host and attend), so a run of bureaus is never reported; nor are institutions visited
 * (…先后来到某市某某中心、…) or that spoke, hosted or attended (…、某市某某院作交流发言).
 */
const PLACED_INSTITUTIONS: RunForm = {
  isName: isPlacedInstitution,
  leadOff: (t) => (isPlacedInstitution(t.trim()) ? t.length - t.trimStart().length : null),
  retold: true,
  actedAfter: ACTED,
};
