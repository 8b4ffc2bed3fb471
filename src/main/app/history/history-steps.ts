/**
 * Steps of several operations (one click's import of several files, operation-step.ts) as
 * the undo button, its confirmation and 操作记录 say them: one step, naming its notices, with
 * the records, joins, duties and effects of its operations added up.
 */
import { stepSummary, type ImportEffects, type OperationSummary } from '../../../shared/operations';

/** Several operations' summaries (any order) as one; `opId` is the one the step is asked by. */
export function summariseStep(parts: readonly OperationSummary[], opId: number): OperationSummary {
  const oldest = [...parts].sort((a, b) => a.opId - b.opId);
  const first = oldest[0]!;
  const imports = oldest.filter((p) => p.kind === 'import');
  const lead = imports[0] ?? first;
  const sum = (f: (p: OperationSummary) => number | undefined) =>
    imports.reduce((n, p) => n + (f(p) ?? 0), 0);
  const joined = sum((p) => p.joined);
  const duties = oldest.reduce((n, p) => n + (p.duties ?? 0), 0);
  const effects = mergeEffects(imports.flatMap((p) => (p.effects ? [p.effects] : [])));
  const step: OperationSummary = {
    opId,
    kind: lead.kind,
    kindLabel: lead.kindLabel,
    summary: stepSummary(oldest),
    at: oldest.at(-1)!.at,
    actor: lead.actor,
    actorLabel: lead.actorLabel,
    noticeId: imports.length === 1 ? lead.noticeId : null,
    // the records the step brought: its imports' (a merge at import makes none of its own)
    records: imports.length > 0 ? sum((p) => p.records) : lead.records,
    tables: [...new Set(oldest.flatMap((p) => p.tables))].sort(),
    undone: oldest.every((p) => p.undone),
    discarded: oldest.every((p) => p.discarded),
    notices: imports.length,
    parts: oldest,
  };
  if (joined > 0) step.joined = joined;
  if (duties > 0) step.duties = duties;
  if (effects) step.effects = effects;
  return step;
}

/** Counts per key added up, most first. */
function tally(pairs: readonly (readonly [string, number])[]): [string, number][] {
  const out = new Map<string, number>();
  for (const [k, n] of pairs) out.set(k, (out.get(k) ?? 0) + n);
  return [...out].sort((a, b) => b[1] - a[1]);
}

/** The effects of several imports added up, per status and per field (most first). */
export function mergeEffects(all: readonly ImportEffects[]): ImportEffects | undefined {
  if (all.length === 0) return undefined;
  return {
    statuses: tally(all.flatMap((e) => e.statuses.map((x) => [x.status, x.records] as const))).map(
      ([status, records]) => ({ status, records }),
    ),
    fields: tally(all.flatMap((e) => e.fields.map((x) => [x.field, x.records] as const))).map(
      ([field, records]) => ({ field, records }),
    ),
    duties: tally(all.flatMap((e) => e.duties.map((x) => [x.status, x.duties] as const))).map(
      ([status, duties]) => ({ status, duties }),
    ),
    dutiesMoved: all.reduce((n, e) => n + e.dutiesMoved, 0),
  };
}
