/**
 * Turns a chronological series of code→name snapshots (gb2260 revisions, then NBS 2023)
 * into units with validity intervals and successors. A (code, name) pair is one unit;
 * a code that keeps its name across snapshots stays one unit.
 *
 * Dates: a change first visible in a snapshot is dated at that snapshot. Between the last
 * gb2260 revision (2016-07) and NBS 2023 there are seven years, so undated changes there
 * are flagged approximate unless the curated later-changes table dates them.
 */
import type { EarlierMerge } from './earlier-merges';
import type { LaterChange } from './later-changes';

export interface Snapshot {
  asOf: string;
  names: Map<string, string>;
  /** true for the last (NBS) step, whose change dates are unknown within the gap */
  gap: boolean;
}

export interface HistUnit {
  code: string;
  name: string;
  from: string;
  to: string;
  approx: boolean;
  curated: boolean;
  successors: string[];
  source: string;
  /** index of the snapshot in which the unit was first / last seen */
  firstStep: number;
  closedAtStep: number;
}

const PLACEHOLDER = /(^(县|市)$|市辖区$|直辖县级行政区划$|直辖县级行政单位$|直辖行政单位$)/;

export const isPlaceholderName = (name: string): boolean => PLACEHOLDER.test(name);

const STEM_SUFFIX = /(自治县|自治旗|自治州|地区|县|市|区|旗|盟)$/;
const stem = (name: string): string => name.replace(STEM_SUFFIX, '');

/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' → first day of that period. */
export function periodStart(on: string): string {
  if (on.length === 4) return `${on}-01-01`;
  if (on.length === 7) return `${on}-01`;
  return on;
}

export function buildHistory(
  snapshots: Snapshot[],
  later: LaterChange[],
  merges: EarlierMerge[] = [],
): HistUnit[] {
  const units: HistUnit[] = [];
  const open = new Map<string, HistUnit>();
  snapshots.forEach((snap, step) => {
    for (const [code, unit] of open) {
      if (snap.names.get(code) === unit.name) continue;
      unit.to = snap.asOf;
      unit.approx = snap.gap;
      unit.closedAtStep = step;
      open.delete(code);
    }
    for (const [code, name] of snap.names) {
      if (open.has(code) || isPlaceholderName(name)) continue;
      const unit: HistUnit = {
        code,
        name,
        from: step === 0 ? '' : snap.gap ? snapshots[step - 1]!.asOf : snap.asOf,
        to: '',
        approx: step > 0 && snap.gap,
        curated: false,
        successors: [],
        source: '',
        firstStep: step,
        closedAtStep: -1,
      };
      units.push(unit);
      open.set(code, unit);
    }
  });
  applyLaterChanges(units, later);
  applyEarlierMerges(units, merges);
  deriveSuccessors(units);
  return units;
}

function applyLaterChanges(units: HistUnit[], later: LaterChange[]): void {
  const current = new Map(units.filter((u) => u.to === '').map((u) => [u.code, u]));
  for (const change of later) {
    const old = units.find((u) => u.code === change.code && u.name === change.name && u.to !== '');
    if (!old)
      throw new Error(
        `later-changes: ${change.code} ${change.name} is not a closed unit in the data`,
      );
    const on = periodStart(change.on);
    old.to = on;
    old.approx = change.on.length < 10;
    old.curated = true;
    old.successors = [...change.successors];
    old.source = change.source;
    for (const code of change.successors) {
      const next = current.get(code);
      if (!next)
        throw new Error(`later-changes: successor ${code} of ${change.code} is not a current unit`);
      // Successors that first appear in the NBS snapshot are dated by the change itself.
      if (next.firstStep === old.closedAtStep && next.approx) {
        next.from = on;
        next.approx = change.on.length < 10;
        next.curated = true;
      }
    }
  }
}

/**
 * Merges within the revisions: the successors the name diff cannot see, the revision's dates
 * kept (the revision that first lacks the unit dates its end, as for every other change).
 */
function applyEarlierMerges(units: HistUnit[], merges: EarlierMerge[]): void {
  const current = new Set(units.filter((u) => u.to === '').map((u) => u.code));
  for (const m of merges) {
    const old = units.find((u) => u.code === m.code && u.name === m.name && u.to !== '');
    if (!old)
      throw new Error(`earlier-merges: ${m.code} ${m.name} is not a closed unit in the data`);
    for (const code of m.into)
      if (!current.has(code))
        throw new Error(`earlier-merges: successor ${code} of ${m.code} is not a current unit`);
    old.successors = [...m.into];
    old.curated = true;
    old.source = m.source;
  }
}

/** Rename and 县→区/市 conversions are recognisable by name; merges and splits are not. */
function deriveSuccessors(units: HistUnit[]): void {
  const openedAt = new Map<number, HistUnit[]>();
  for (const u of units) {
    const list = openedAt.get(u.firstStep) ?? [];
    list.push(u);
    openedAt.set(u.firstStep, list);
  }
  for (const old of units) {
    if (old.to === '' || old.curated) continue;
    const fresh = (openedAt.get(old.closedAtStep) ?? []).filter(
      (u) => u.code.slice(0, 2) === old.code.slice(0, 2) && u.code.length === old.code.length,
    );
    const sameCode = fresh.find((u) => u.code === old.code);
    if (sameCode) {
      old.successors = [sameCode.code];
      continue;
    }
    const oldStem = stem(old.name);
    const similar = fresh.filter((u) => {
      const newStem = stem(u.name);
      return (
        u.name === `${old.name}区` ||
        newStem === oldStem ||
        (oldStem.length >= 1 &&
          newStem.startsWith(oldStem) &&
          newStem.length <= oldStem.length + 1) ||
        (newStem.length >= 2 &&
          oldStem.startsWith(newStem) &&
          u.code.slice(0, 4) === old.code.slice(0, 4))
      );
    });
    const sameCity = similar.filter((u) => u.code.slice(0, 4) === old.code.slice(0, 4));
    const pick = sameCity.length === 1 ? sameCity : similar.length === 1 ? similar : [];
    if (pick[0]) old.successors = [pick[0].code];
  }
}
