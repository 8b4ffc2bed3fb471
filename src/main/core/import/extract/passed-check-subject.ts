/**
 * A place told as the subject of the acceptance it passed in its programme: "崂山区作为全国首批
 * 13个综合减灾示范县创建试点已于10月份通过国家减灾委现场验收", "10月25日，安化县召开…验收评估反馈
 * 会，顺利通过全国综合减灾示范县验收评估". The place opens its clause (a day's date before it at
 * most), stands alone (no 、和与及 after it: one of several shares a frame), reads whole as a
 * division, and its sentence goes on to a pass of a check the sentence names: the designation
 * the place is told as (作为…) or the title checked (通过…示范县验收评估). That pass is the unit's
 * outcome, in that programme — a later notice joining it to the record its list made.
 *
 * A pass planned or hoped for (将, 力争, 有望…: clause-outcome.ts) states none; a check only held
 * (进行验收评估, 召开…反馈会 with no 通过) names no pass; "验收组通过查阅资料等方式" has no place for
 * subject; a past pass told as a description (已通过…验收的某区) is attributive, no outcome here.
 */
import type { ListDraft } from './drafts';
import { notYet } from './clause-outcome';
import type { Outcome } from './outcomes';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** A day's date opening the clause before its subject ("10月25日，"). */
const DATE = '(?:[0-9一二三四五六七八九十〇]{1,2}月[0-9一二三四五六七八九十〇]{1,3}日[，,]\\s*)?';
/**
 * The place opening its clause, alone (not the first of several) and itself the subject: "南宁市
 * 的武鸣、上林…4县通过了…验收" is the city's counties passing, not the city.
 */
const SUBJECT = new RegExp(
  `(?:^|[。；;！!？?，,：:\\n])\\s*${DATE}([\\u4e00-\\u9fff]{2,12}?(?:区|县|市|旗))(?![、和与及的])`,
  'g',
);
/** The designation the place is told as, right after it ("作为全国首批13个…创建试点"). */
const AS =
  /^作为([^。；;，,]{2,40}?(?:实验区|试验区|示范区|示范县|示范市|试点(?:单位|地区|城市)?))/;
/**
 * A pass of a check, from its verb to the check's word ("已于10月份通过国家减灾委现场验收",
 * "顺利通过全国…示范县验收评估"): not denied (未通过 is read by the outcome words).
 */
const PASS =
  /(?:顺利|已经?|正式)?(?:于[^。；;，,]{1,10}?)?通过(?:了)?[^。；;，,]{0,30}?(?:验收|评估)(?:评估|验收)?/g;
/** Words denying the pass right before its verb: 未通过, 未能顺利通过, 没有通过. */
const DENIED = /(?:未|不|没|无法|难以)(?:能|有|曾)?(?:顺利|如期|按期|一次性)?$/;

/** The first pass of a check `text` tells, not denied; null for none. */
function passIn(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(PASS)) {
    if (!DENIED.test(text.slice(0, m.index + m[0].indexOf('通过')))) return m as RegExpExecArray;
  }
  return null;
}
/**
 * What may open a later clause whose pass is the subject's ("，顺利通过…", "，今年还通过…"): a
 * clause with a subject of its own ("，投资建设的避难场所项目已通过竣工验收") tells its pass.
 */
const SUBJECTLESS = /^\s*(?:并|且|还|也|又|均|都|最终|今年|目前|日前|近日|现)*$/;
/** The title the pass names before its check ("通过全国综合减灾示范县验收评估"). */
const CHECKED_TITLE =
  /通过(?:了)?((?:全国|国家级?|省级?)?[^。；;，,]{2,30}?(?:实验区|试验区|示范区|示范县|示范市|试点))(?:创建)?(?:现场|终期|结项|考核)?(?:验收|评估)/;

/**
 * The programme as a list phrase reads it: the count dropped (13个), the creation words after
 * the title too (创建试点, 创建单位) — they name the round the units were put on, the title
 * theirs once it is passed.
 */
function phraseOf(designation: string): string {
  return designation
    .replace(/[0-9一二三四五六七八九十两]+个/g, '')
    .replace(/(?:创建)?(?:试点)?(?:创建)?(?:单位|地区|城市)?$/, '')
    .replace(/(示范县|示范区|示范市|实验区|试验区)创建$/, '$1');
}

/**
 * The length of a county or district the place goes on to ("青岛市崂山区…通过…"): the subject is
 * the inner one, the city only says where it lies. 0 when none follows.
 */
function innerDivision(after: string, lookup: RegionLookup): number {
  const m = /^[\u4e00-\u9fff]{1,11}?(?:区|县|市|旗)(?![、和与及的])/.exec(after);
  if (!m) return 0;
  const hit = lookup.splitPrefix(m[0], {});
  return hit && hit.end === m[0].length ? m[0].length : 0;
}

function sentenceAround(key: string, at: number): { start: number; end: number } {
  const before = key.slice(0, at).search(/[。；;！!？?\n][^。；;！!？?\n]*$/);
  const start = before < 0 ? 0 : before + 1;
  const after = key.slice(at).search(/[。；;！!？?\n]/);
  return { start, end: after < 0 ? key.length : at + after };
}

/**
 * A speaker counting several units of its own (我区3个社区治理创新实验区…): the place that passed
 * holds those units, it is not one itself — its pass is theirs, told without their names.
 */
const OWN_UNITS_COUNTED =
  /我(?:区|县|市|旗)(?:共有|有|的)?[0-9两三四五六七八九十]+个[^。；;，,]{0,30}?(?:实验区|试验区|示范区|示范县|试点)/;

/** The places the notice tells as passing their programme's acceptance, one list each. */
export function detectPassedCheckSubjects(doc: KeyedText, lookup: RegionLookup): ListDraft[] {
  const out: ListDraft[] = [];
  if (OWN_UNITS_COUNTED.test(doc.key)) return out;
  for (const m of doc.key.matchAll(SUBJECT)) {
    const written = m[1]!;
    const start = m.index + m[0].length - written.length;
    const hit = lookup.splitPrefix(written, {});
    if (!hit || hit.end !== written.length) continue;
    const end =
      start + written.length + innerDivision(doc.key.slice(start + written.length), lookup);
    const sentence = sentenceAround(doc.key, start);
    const rest = doc.key.slice(end, sentence.end);
    const pass = passIn(rest);
    if (!pass) continue;
    const clauseAt = Math.max(
      rest.lastIndexOf('，', pass.index),
      rest.lastIndexOf(',', pass.index),
    );
    if (clauseAt >= 0 && !SUBJECTLESS.test(rest.slice(clauseAt + 1, pass.index))) continue;
    // The pass told done: nothing hoped for or planned up to it (力争, 将于…), and no past pass
    // described as an attribute (通过…验收的某区).
    const upTo = rest.slice(0, pass.index + pass[0].length);
    if (notYet(upTo) || rest[pass.index + pass[0].length] === '的') continue;
    // Others' pass told after the subject: a run of units (、) or words quoted (宣布：…).
    if (/[、:：]/.test(rest.slice(0, pass.index))) continue;
    const as = AS.exec(rest)?.[1];
    const checked = CHECKED_TITLE.exec(rest)?.[1];
    // A pilot of one programme passing another's check (…创建试点，还通过了…示范区验收) tells no
    // pass of the programme it is a pilot of.
    if (as && checked && programmeWords(phraseOf(as)) !== programmeWords(phraseOf(checked)))
      continue;
    const designation = as ?? checked;
    if (!designation) continue;
    const outcome: Outcome = { status: '已验收' };
    const line = doc.lines.find((l) => l.start <= start && start < l.end);
    out.push({
      layout: 'sentence',
      items: [
        {
          seq: null,
          start,
          end,
          regionText: doc.text.slice(start, end),
          title: '',
          warnings: [],
          outcome,
        },
      ],
      start,
      end,
      lineIndexes: line ? [line.index] : [],
      phrase: phraseOf(designation),
      passed: true,
    });
  }
  return out;
}

/**
 * A programme's words without its batch, its count, the national scope a list may leave
 * unwritten or the creation words after its title (创建试点单位). A province's scope (省级…)
 * stays: that is another programme.
 */
export const programmeWords = (phrase: string): string =>
  phrase
    .replace(/首批|第[一二三四五六七八九十0-9]+批|[0-9一二三四五六七八九十两]+个/g, '')
    .replace(/^(?:全国|国家级?)/, '')
    .replace(/(?:创建)?(?:试点)?(?:单位|地区|城市|名单)?$/, '');

/** The same place written longer or shorter ("青岛市崂山区", "崂山区"). */
const samePlace = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && (a.endsWith(b) || b.endsWith(a));

/**
 * The lists with the passed-check subjects merged in. A run read on across the subject's
 * sentence ("某区作为…通过…验收。某区、某区…获批省级…") loses the mention the subject reads: that is
 * the pass's unit. A list of the same programme (or naming none) that names the place already
 * takes the pass onto its own entry (one unit, two mentions); a list of another programme keeps
 * its entry apart (the same place in two programmes).
 */
export function withPassedSubjects(lists: ListDraft[], passed: ListDraft[]): ListDraft[] {
  const taken = new Set(passed.flatMap((l) => l.items.map((it) => it.start)));
  const out: ListDraft[] = [];
  for (const list of lists) {
    const items = list.items.filter((it) => !taken.has(it.start));
    if (items.length === list.items.length) out.push(list);
    else if (items.length > 0) out.push({ ...list, items, start: items[0]!.start });
  }
  const words = (l: ListDraft) => (l.phrase ? programmeWords(l.phrase) : null);
  for (const p of passed) {
    const unit = p.items[0]!;
    const twin = out
      .filter((l) => words(l) === null || words(l) === words(p))
      .flatMap((l) => l.items)
      .find((it) => samePlace(it.regionText, unit.regionText));
    if (!twin) out.push(p);
    else if (!twin.outcome) twin.outcome = unit.outcome;
  }
  return out;
}

/** A day opening a clause ("10月25日，", "2022年10月25日，"), the unit right after it. */
const DAY_THEN = /(?:((?:19|20)[0-9]{2})年)?([0-9]{1,2})月([0-9]{1,2})日[，,]\s*/g;

/**
 * The month and day a clause opens on before the unit (`written`) and goes on to its pass
 * ("10月25日，安化县召开…反馈会，顺利通过…验收评估"), wherever the page tells it: MM-DD, or null.
 */
function passDay(key: string, written: string): { year: number | null; mmdd: string } | null {
  for (const m of key.matchAll(DAY_THEN)) {
    const at = m.index + m[0].length;
    if (!key.startsWith(written, at)) continue;
    const end = key.slice(at).search(/[。；;！!？?\n]/);
    if (!passIn(key.slice(at + written.length, end < 0 ? undefined : at + end))) continue;
    if (Number(m[2]) > 12 || Number(m[3]) > 31) continue;
    const mmdd = `${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return { year: m[1] ? Number(m[1]) : null, mmdd };
  }
  return null;
}

/**
 * Outcomes told on a day the page gives before their unit in the sentence of the pass
 * ("10月25日，安化县…顺利通过…验收评估"): that day, in the year written with the day, else the
 * year of the dated page telling it (the year before, where the day would fall after the page). An outcome already dated, or a page
 * with no date, keeps what it has.
 */
export function passedOnToldDay<R extends { outcome?: Outcome; regionText: string | null }>(
  key: string,
  issuedOn: string | null,
  records: R[],
): R[] {
  if (!issuedOn) return records;
  return records.map((r) => {
    if (r.outcome?.status !== '已验收' || r.outcome.on || !r.regionText) return r;
    const day = passDay(key, r.regionText);
    if (!day) return r;
    // The year written with the day is the pass's; with none, the page's (or the one before).
    const year =
      day.year ?? Number(issuedOn.slice(0, 4)) - (day.mmdd > issuedOn.slice(5, 10) ? 1 : 0);
    const on = `${year}-${day.mmdd}`;
    if (on > issuedOn) return r;
    return { ...r, outcome: { ...r.outcome, on } };
  });
}
