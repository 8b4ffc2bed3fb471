/**
 * National social organisations named in a decision on their evaluation grades (评估等级): "现决定
 * 将A、B、C评估等级由3A级降为2A级", "决定对A、B等7家社会组织降低评估等级", "A年度检查不合格，评估等级
 * 由3A级降为2A级", "A在其分支机构下…，被取消评估等级". A national body has no place, so no list
 * reader takes it: here each is an entry titled by its name, with no region. Read only when the
 * notice's own words are such a decision (a grade lowered or cancelled) and no list gave it
 * entries; a name counts only in a sentence telling the decision (not a rule saying when grades
 * are lowered), as a whole clause (or a member of a 、 run) that ends in an
 * organisation's word and goes on with what the decision says of it (等N家, 的评估等级, 年度检查…).
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { comparable, type KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

/** The decision itself: a grade lowered (降低, 由4A级降为3A级) or cancelled. */
const DECISION = /(?:降低|取消)评估等级|评估等级(?:被)?(?:降低|取消)|评估等级由[^。；]{0,12}降为/;
/**
 * The decision told as a rule or a threat, no act: "有下列情形之一的，由民政部门降低评估等级",
 * "对年度检查不合格的社会组织将降低评估等级", "将依法取消评估等级". A meeting's news or a
 * measure's explainer says so, and the organisations it names elsewhere were graded by nobody.
 */
const RULE_ONLY =
  /(?:将|可|可以|应当|应|一律)(?:依法|依规)?(?:予以)?(?:降低|取消)(?:其)?评估等级|有下列情形|由[^。；，]{0,8}(?:部门|机关)(?:降低|取消)/;
/**
 * The group the decision falls on, told apart from it: as the decision's reason ("鉴于A、B等4家
 * 社会组织年度检查不合格，") or cut off right after its count ("鉴于A、B2家社"), what the
 * decision then says of it lost with the page's end.
 */
const GROUP_TOLD = /^\s*(?:鉴于|由于)[^。；]*[0-9]+家社|[0-9]+家社(?:会组织?)?\s*$/;
/** A sentence telling the decision itself, done to the bodies it names, or its group. */
const tellsDecision = (sentence: string): boolean =>
  (DECISION.test(sentence) && !RULE_ONLY.test(sentence)) || GROUP_TOLD.test(sentence);
/** Words before the first name of a clause: the organ deciding, 鉴于, 因此… */
const LEAD = /^(?:[\u4e00-\u9fff]{0,10}?(?:决定|关于))?(?:将|对)|^(?:鉴于|因此|此外|其中)/;
/** An organisation's name: its last word, a former name in brackets, then what is said of it. */
const NAME = new RegExp(
  '^([\\u4e00-\\u9fff]{2,28}?(?:协会|学会|研究会|基金会|促进会|联合会|商会|中心|博物馆|研究院)' +
    '(?:\\([\\u4e00-\\u9fff]{2,30}\\))?)' +
    '(?=$|等[0-9]+家|[0-9]+家|的|评估等级|(?:上|本)?年度检查|受到|在其|被|连续|20[0-9]{2}年?)',
);
/** Words that make a clause a document's title or an organ, not an organisation. */
const NOT_NAME = /民政|关于|决定|公告|社会组织|评估(?:等级|管理)/;
/** The group the decision counts (等23家社会组织). */
const GROUP = /等([0-9]+)家社会组织/g;

export interface GradedOrganisations {
  records: ExtractedRecord[];
  warnings: NoticeWarning[];
}

/** The organisations a grade decision names, one record each (a name told twice, once). */
export function gradedOrganisations(doc: KeyedText): GradedOrganisations {
  const none = { records: [], warnings: [] };
  if (!DECISION.test(doc.key)) return none;
  const records: ExtractedRecord[] = [];
  const seen = new Set<string>();
  for (const s of sentences(doc.key)) {
    const sentence = doc.key.slice(s.start, s.end);
    // Only the sentence telling the decision names those it falls on: organisations named
    // beside a rule on grades (speakers at a meeting, units praised) were graded by nobody.
    if (!tellsDecision(sentence)) continue;
    const cancelled = /取消评估等级|评估等级被取消/.test(sentence) && !/降/.test(sentence);
    for (const c of clauses(sentence)) {
      const lead = LEAD.exec(c.text)?.[0].length ?? 0;
      const m = NAME.exec(c.text.slice(lead));
      if (!m || NOT_NAME.test(m[1] ?? '')) continue;
      // "A等7家社会组织" alone names the group by one example (a headline's, an intro's, told in
      // full later, perhaps by a short name); closing a 、 run it is the run's last member.
      if (/^等[0-9]/.test(c.text.slice(lead + (m[1] ?? '').length)) && !c.inRun) continue;
      const start = s.start + c.start + lead;
      const end = start + (m[1] ?? '').length;
      const title = doc.text.slice(start, end);
      const key = comparable(title);
      if (seen.has(key)) continue;
      seen.add(key);
      records.push({
        kind: 'other',
        seq: null,
        regionText: null,
        // The body itself is the unit (app/import/notice-changes.ts keeps it, placeless).
        unit: title,
        title,
        programme: null,
        year: null,
        span: { start, end },
        ...(cancelled ? { outcome: { status: '已撤销' as const } } : {}),
      });
    }
  }
  if (records.length === 0) return none;
  const stated = Math.max(0, ...[...doc.key.matchAll(GROUP)].map((m) => Number(m[1])));
  const warnings: NoticeWarning[] =
    stated > records.length
      ? [
          {
            code: 'count_mismatch',
            message: `通知称共${stated}家社会组织，实际列出${records.length}家`,
            stated,
            found: records.length,
          },
        ]
      : [];
  return { records, warnings };
}

interface Piece {
  start: number;
  end: number;
}

function sentences(key: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && !/[。；;！!？?\n]/.test(key[i] ?? '')) continue;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  return out;
}

interface Clause {
  text: string;
  start: number;
  /** It follows a 、 (a stray comma beside it aside): a member of a run of names. */
  inRun: boolean;
}

/** The clauses of a sentence, split at its commas, 、 and colons, each trimmed of spaces. */
function clauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  const re = /[^、,，:：]+/g;
  for (const m of sentence.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    const before = sentence.slice(0, m.index ?? 0).replace(/[,，\s]+$/, '');
    if (text) out.push({ text, start: (m.index ?? 0) + lead, inRun: before.endsWith('、') });
  }
  return out;
}
