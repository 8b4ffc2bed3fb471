/**
 * Identity per kind, the first rule of matching: before any title is compared, a record is
 * the same real thing as another when
 *   zone               = same programme, same batch (or one side silent), same unit;
 *   observation point  = same programme, same unit;
 *   case               = same programme or year, same unit, titles alike or one absent
 *                        (a write-up heading cuts, rewords or drops the title).
 * Units are compared by code after historical codes are mapped to today's (江干区 330104 →
 * 上城区 330102; 崇川区 320602 → 320613), so a renamed unit is still the same zone. The same
 * unit in another programme or batch is never the same record (a related link at most).
 */
import { unitNameKey } from './normalize';
import { compareRegions, placeOf, type RegionMapper } from './region';
import type { DedupeRecord } from './types';
import { writtenUnitsAgree } from './written-unit';
import { provinceItself } from './province-itself';
import { zonesApart } from './zone-apart';

export interface IdentityRecord extends DedupeRecord {
  unit: string | null;
  regionText: string | null;
}

export interface IdentityMatch {
  id: number;
  /** Why, in the reviewer's words. */
  reason: string;
  /** The two name the unit by different codes (renamed or re-coded since). */
  renamed: boolean;
  /**
   * The kind the record takes on joining, where it differs: a pilot's unit an earlier page read
   * as an entry (other), now the list's zone (app/import/pilot-zone-twin.ts).
   */
  kindOnJoin?: string;
}

const squeeze = (s: string | null | undefined) =>
  (s ?? '').replace(/[\s\u3000]/g, '').normalize('NFKC');

export const sameProgramme = (a: string | null, b: string | null) =>
  a !== null && b !== null && squeeze(a) === squeeze(b);

const DIGIT = '〇一二三四五六七八九';

/** 1–99 in Chinese numerals as a batch is numbered (2 → 二, 12 → 十二, 20 → 二十). */
function chineseNumber(n: number): string {
  if (n < 10) return DIGIT[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? DIGIT[tens] : ''}十${ones ? DIGIT[ones] : ''}`;
}

/**
 * A batch as compared: 首批 is the 第一批 a later notice numbers ("首届" the 第一届), and
 * 第2批 the 第二批 written in figures.
 */
const batchKey = (s: string) =>
  squeeze(s)
    .replace(/^首([批届])$/, '第一$1')
    .replace(
      /^第(\d{1,2})([批届])$/,
      (_, n: string, w: string) => `第${chineseNumber(Number(n))}${w}`,
    );

/** Two batches agree when both are the same or either notice does not say. */
export const batchesAgree = (a: string | null, b: string | null) =>
  !a || !b || a === b || batchKey(a) === batchKey(b);

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Titles of one case: either absent, one containing the other, or most pairs of characters shared. */
export function titlesAlike(a: string | null, b: string | null): boolean {
  const x = squeeze(a).replace(/[\p{P}\p{S}]/gu, '');
  const y = squeeze(b).replace(/[\p{P}\p{S}]/gu, '');
  if (x === '' || y === '') return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  if (s.length >= 4 && l.includes(s)) return true;
  const bx = bigrams(x);
  const by = bigrams(y);
  let shared = 0;
  for (const g of bx) if (by.has(g)) shared++;
  return (2 * shared) / (bx.size + by.size || 1) >= 0.5;
}

/**
 * A programme written with a place of the unit in front ("宣恩县社区治理和服务创新实验区" in
 * a notice about 宣恩县 of the 湖北省 programme): the name without that place, or null when
 * it starts with no place (全国…, or the name itself).
 */
export function programmeCore(programme: string | null): string | null {
  if (!programme) return null;
  const m = /^[\u4e00-\u9fa5]{1,12}?(?:省|市|县|区|州|旗|盟)(?=社区|城乡|基层|乡村|村级|农村)/.exec(
    programme,
  );
  if (!m) return null;
  const core = programme.slice(m[0].length);
  return core.length >= 6 ? core : null;
}

export type UnitRelation = 'same' | 'renamed' | 'different';

/** Whether two records name the same unit (same town, county or city, today's codes). */
export function unitRelation(
  a: IdentityRecord,
  b: IdentityRecord,
  map: RegionMapper,
): UnitRelation {
  // A development zone beside the county of its code is a unit of its own (zone-apart.ts).
  const at = (r: IdentityRecord) => ({ written: r.unit ?? r.regionText, code: r.regionCode });
  if (zonesApart(at(a), at(b))) return 'different';
  const pa = placeOf(a, map, unitNameKey);
  const pb = placeOf(b, map, unitNameKey);
  if (pa.known && pb.known) {
    const rel = compareRegions(pa, pb);
    if (rel !== 'same_town' && rel !== 'same_county' && rel !== 'same_city') return 'different';
    // Two communities of one town are two units.
    const ua = a.unitCode ?? '';
    const ub = b.unitCode ?? '';
    if (ua.length === 12 && ub.length === 12 && ua !== ub) return 'different';
    return a.regionCode !== b.regionCode || (ua !== ub && ua.length >= 9 && ub.length >= 9)
      ? 'renamed'
      : 'same';
  }
  if (pa.known || pb.known) return 'different';
  // The province itself, written whole on one page and short on the next (province-itself.ts).
  const province = provinceItself(a);
  if (province && province === provinceItself(b)) return 'same';
  // Neither place resolved: the unit as written, whole.
  const na = unitNameKey(a.unit ?? a.regionText);
  return na !== '' && na === unitNameKey(b.unit ?? b.regionText) ? 'same' : 'different';
}

const unitLabel = (r: IdentityRecord) => r.unit ?? r.regionText ?? '（未写明）';

function reasonFor(
  kind: string,
  draft: IdentityRecord,
  found: IdentityRecord,
  renamed: boolean,
): string {
  const unit = `同一单位（${unitLabel(found)}${renamed ? `，本通知写作“${unitLabel(draft)}”，区划已变更，按今区划认定` : ''}）`;
  const programme = `同一项目（${found.programme ?? ''}）`;
  switch (kind) {
    case 'zone': {
      const batch = found.batch ?? draft.batch;
      return `身份相同：${programme}、${batch ? `同一批次（${batch}）` : '批次未写明'}、${unit}，是同一个实验区`;
    }
    case 'observation':
      return `身份相同：${programme}、${unit}，是同一个观察点`;
    case 'other': {
      const batch = found.batch ?? draft.batch;
      return `身份相同：${programme}、${batch ? `同一批次（${batch}）` : '批次未写明'}、${unit}，是同一个入选单位`;
    }
    default: {
      const titled = draft.title && found.title ? '标题相近' : '一方无标题';
      const scope = sameProgramme(draft.programme, found.programme)
        ? programme
        : `同一年度（${found.year ?? ''}）`;
      return `身份相同：${scope}、${unit}、${titled}，是同一个案例`;
    }
  }
}

function unitNamesAgree(a: string | null, b: string | null): boolean {
  const x = unitNameKey(a);
  const y = unitNameKey(b);
  return x === '' || y === '' || x.endsWith(y) || y.endsWith(x);
}

function qualifies(kind: string, draft: IdentityRecord, c: IdentityRecord): boolean {
  if (c.kind !== kind) return false;
  switch (kind) {
    // An entry of another list (a demonstration unit, an honour) is kept, reviewed or revoked
    // as a zone is: the same programme and batch (or one side silent), the same unit.
    case 'zone':
      return sameProgramme(draft.programme, c.programme) && batchesAgree(draft.batch, c.batch);
    // Its unit is often a village known only by its county's code: the names must agree too
    // (one may carry its township: 沙市镇秧田村 is 秧田村), or two villages become one.
    case 'other':
      return (
        sameProgramme(draft.programme, c.programme) &&
        batchesAgree(draft.batch, c.batch) &&
        unitNamesAgree(draft.unit, c.unit)
      );
    case 'observation':
      return sameProgramme(draft.programme, c.programme);
    case 'case':
      return (
        (sameProgramme(draft.programme, c.programme) ||
          (draft.year !== null && draft.year === c.year)) &&
        titlesAlike(draft.title, c.title)
      );
    default:
      return false;
  }
}

/**
 * The existing record `draft` is, by identity, or null. Among several (a unit in two
 * batches and a notice that names none), the one whose batch is written the same, then
 * the latest confirmed no later than the notice's year, then the oldest record.
 */
export function findIdentity(
  draft: IdentityRecord,
  candidates: readonly IdentityRecord[],
  map: RegionMapper,
): IdentityMatch | null {
  const hits: { c: IdentityRecord; renamed: boolean }[] = [];
  for (const c of candidates) {
    if (!qualifies(draft.kind, draft, c)) continue;
    // A case is told by its title; a unit of a list by the place it names (written-unit.ts).
    if (draft.kind !== 'case' && !writtenUnitsAgree(draft, c)) continue;
    const rel = unitRelation(draft, c, map);
    if (rel !== 'different') hits.push({ c, renamed: rel === 'renamed' });
  }
  if (hits.length === 0) return null;
  const batchEq = (c: IdentityRecord) => (draft.batch && c.batch === draft.batch ? 0 : 1);
  const yearRank = (c: IdentityRecord) =>
    c.year === null || draft.year === null
      ? 5000
      : c.year <= draft.year
        ? draft.year - c.year
        : 5000 + c.year;
  hits.sort(
    (x, y) => batchEq(x.c) - batchEq(y.c) || yearRank(x.c) - yearRank(y.c) || x.c.id - y.c.id,
  );
  const best = hits[0]!;
  return {
    id: best.c.id,
    renamed: best.renamed,
    reason: reasonFor(draft.kind, draft, best.c, best.renamed),
  };
}
