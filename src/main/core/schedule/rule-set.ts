/**
 * Which rules govern one record. Several sources can speak about the same thing; the
 * most specific wins, level by level:
 *   0. the record's own user rules (params.recordId: an extension, a corrected start)
 *   1. rules of the notices that name the record (its 批复 says 为期两年)
 *   2. rules of other notices of the same programme (a rules notice such as 吉民发〔2019〕30号)
 *   3. the programme's default rules (user-editable data)
 *   4. default rules with no programme (any programme without defaults of its own)
 * A duty's parameters are merged from the lowest level up, so a notice that only says
 * "报送年度计划" keeps the default's due month while its own sentence is the provenance.
 * A news item's word on a duty or the period counts only where levels 0–3 say nothing official
 * of it (withoutStoriesOnRecord): a story reports, it re-dates no duty the programme set.
 */
import type { RuleRow } from '../../../shared/schedule';
import { batchesAgree } from '../dedupe/identity';
import { rulesReaching } from './rules-reaching';
import { periodAsksReport } from './units-term';

export const DUTY_KINDS = [
  'annual_plan',
  'annual_summary',
  'midterm',
  'final_report',
  'acceptance',
] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

export interface Chosen {
  rule: RuleRow;
  params: Record<string, unknown>;
}

export interface EffectiveRules {
  /** cycle (years) or range (from/to months); null when nobody said how long. */
  period: Chosen | null;
  duties: Map<DutyKind, Chosen>;
  extension: Chosen | null;
  approval: Chosen | null;
}

export interface RecordForRules {
  id: number;
  programme: string | null;
  /** zone | case | observation | other: only a zone's own term asks a report unasked (units-term.ts). */
  kind?: string | null;
  /** The record's batch: another batch's rules never reach it. */
  batch?: string | null;
  /** Notices naming the record, in mention order (the first is where it was born). */
  noticeIds: readonly number[];
}

const recordIdOf = (r: RuleRow): number | null =>
  typeof r.params.recordId === 'number' ? r.params.recordId : null;

/** A rule's kind as the schedule reads it ("other" with params.milestone = midterm is a midterm). */
export function dutyKindOf(r: RuleRow): DutyKind | null {
  if (r.kind === 'other' && r.params.milestone === 'midterm') return 'midterm';
  return (DUTY_KINDS as readonly string[]).includes(r.kind) ? (r.kind as DutyKind) : null;
}

/**
 * Whether a rule of another notice of the programme reaches the record: not when it names
 * another batch, and never a news item's (what a newspaper says of a cycle governs only
 * the records it names itself) or an extension's (a reply moving one zone's end asks that
 * zone, not the whole batch, for its final report by the new date).
 */
function inScope(r: RuleRow, rec: RecordForRules): boolean {
  if (r.noticeRole === 'news' || r.noticeRole === 'extension') return false;
  // The same batch agreement as identity: a duty citing 第一批 reaches records held as 首批.
  return batchesAgree(r.batch ?? null, rec.batch ?? null);
}

export function levelsFor(rec: RecordForRules, rules: readonly RuleRow[]): RuleRow[][] {
  const own = new Map(rec.noticeIds.map((id, i) => [id, i]));
  const l0: RuleRow[] = [];
  const l1: RuleRow[] = [];
  const l2: RuleRow[] = [];
  const l3: RuleRow[] = [];
  const l4: RuleRow[] = [];
  // the rules of other programmes' notices fall through every test below
  for (const r of rulesReaching(rec, rules)) {
    const rid = recordIdOf(r);
    if (r.noticeId === null && rid !== null) {
      if (rid === rec.id) l0.push(r);
    } else if (r.noticeId !== null && own.has(r.noticeId)) l1.push(r);
    else if (
      r.noticeId !== null &&
      rec.programme !== null &&
      r.programme === rec.programme &&
      inScope(r, rec)
    )
      l2.push(r);
    else if (r.noticeId === null && rec.programme !== null && r.programme === rec.programme)
      l3.push(r);
    else if (r.noticeId === null && r.programme === null) l4.push(r);
  }
  l1.sort(
    (a, b) => (own.get(a.noticeId ?? -1) ?? 0) - (own.get(b.noticeId ?? -1) ?? 0) || a.id - b.id,
  );
  // Among other notices of the programme, the latest issued speaks last and so wins.
  l2.sort((a, b) => (b.noticeIssuedOn ?? '').localeCompare(a.noticeIssuedOn ?? '') || a.id - b.id);
  return [l0, l1, l2, l3, l4];
}

/**
 * A story reports; it sets nothing the programme's own word already sets. Where a rule of the
 * record (its user rules, an official notice naming it, the programme's notices or defaults)
 * says a thing, a news item's sentence on it is a mention: it neither re-dates it nor becomes
 * its basis (依据). Only where none says it does the story's word govern the records it names.
 */
function withoutStoriesOnRecord(
  levels: readonly RuleRow[][],
  says: (r: RuleRow) => boolean,
): RuleRow[][] {
  const onRecord = levels.slice(0, 4).some((l) => l.some((r) => says(r) && !isStory(r)));
  return onRecord ? levels.map((l) => l.filter((r) => !isStory(r))) : [...levels];
}

const isStory = (r: RuleRow): boolean => r.noticeRole === 'news';
const isPeriod = (r: RuleRow): boolean => r.kind === 'range' || r.kind === 'cycle';

export function effectiveRules(rec: RecordForRules, rules: readonly RuleRow[]): EffectiveRules {
  const levels = levelsFor(rec, rules);
  const out: EffectiveRules = { period: null, duties: new Map(), extension: null, approval: null };
  for (const level of withoutStoriesOnRecord(levels, isPeriod)) {
    const range = level.find((r) => r.kind === 'range');
    const cycle = level.find((r) => r.kind === 'cycle');
    const p = range ?? cycle;
    if (p) {
      out.period = { rule: p, params: p.params };
      break;
    }
  }
  // The record's own level only: an extension or a corrected approval date is per zone.
  const ext = levels[0]?.filter((r) => r.kind === 'extension').at(-1);
  if (ext) out.extension = { rule: ext, params: ext.params };
  const appr = levels[0]?.filter((r) => r.kind === 'approval').at(-1);
  if (appr) out.approval = { rule: appr, params: appr.params };

  for (const kind of DUTY_KINDS) {
    let chosen: RuleRow | null = null;
    let params: Record<string, unknown> = {};
    const heard = withoutStoriesOnRecord(levels, (x) => dutyKindOf(x) === kind);
    for (let i = heard.length - 1; i >= 0; i--) {
      const said = heard[i]?.filter((x) => dutyKindOf(x) === kind) ?? [];
      // An extension naming the record moved its end and says what it owes by the new one
      // (请于2027年5月底前提交终期报告): its word on a duty is the latest, over the confirmation's;
      // of two extensions, the later one (its notices come in mention order) moved it last.
      const r = said.filter((x) => x.noticeRole === 'extension').at(-1) ?? said[0];
      if (!r) continue;
      params = { ...params, ...r.params };
      chosen = r;
    }
    if (chosen && params.enabled !== false) out.duties.set(kind, { rule: chosen, params });
    // A zone's term no rule says anything of a final report for still asks one by its end (the
    // domain's rule of thumb: an n-year cycle from D owes a final report before D + n); its basis
    // is the period's own sentence. Not another kind's, nor a span the sentence gives to a
    // campaign, data or a title (units-term.ts). A report switched off (enabled: false) stays off.
    else if (
      !chosen &&
      kind === 'final_report' &&
      out.period &&
      periodAsksReport(rec.kind, out.period.rule.text)
    )
      out.duties.set(kind, { rule: out.period.rule, params: { beforeEndDays: 0 } });
  }
  return out;
}
