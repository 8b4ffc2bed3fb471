/**
 * The duplicate check and linker judged on real notices: every corpus notice (and the series,
 * in their order) imported into ONE ledger, each gold item found by its mention, and every pair
 * of gold items of two different notices judged by what the golds say —
 *
 * - same case: the same programme (as the corpus scorer compares them), the same region code and
 *   the same unit (its place below the county and its title, modulo the written variants a
 *   ministry's list and a province's repost differ by); it should be one record, or proposed;
 * - same place, other programme: the same code and unit in two programmes; it should be linked,
 *   never merged;
 * - neither: anything else (two units of one county).
 *
 * A pair is unjudged when an item's unit cannot be told (no title and no place below the county
 * while its notice lists several items at that code), or a notice names no programme.
 */
import type { Ledger } from '../../../src/main/db/ledger';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { duplicateReport } from '../../../src/main/app/dedupe/ledger-dedupe';
import { placeOfCode } from '../../../src/main/app/dedupe/nearby-codes';
import { libreOffice } from '../fixtures/pdf-fixtures';
import { buildNotice, prepareNotices } from '../unseen';
import type { CorpusNotice, GoldRecord } from './load';
import { codeMatches, foldText, sameProgramme, sameText } from './score';

export interface Item {
  notice: string;
  programme: string | null;
  gold: GoldRecord;
  /** Unit key: the place below the county and the title, folded. */
  unit: string | null;
  mentionId: number;
  /** The record the mention was written to (a join: an earlier notice's record). */
  born: number;
  /** The record it is in after every import (a merge moves it). */
  now: number;
}

/** Imports every notice in order; returns the gold items the importer found, by mention. */
export async function importCorpusIntoOne(
  ledger: Ledger,
  notices: readonly CorpusNotice[],
  onNotice?: (id: string) => void,
): Promise<{ items: Item[]; unmatched: number; skipped: number }> {
  await prepareNotices(notices.map((n) => n.spec));
  const items: Item[] = [];
  let unmatched = 0;
  let skipped = 0;
  for (const n of notices) {
    if (!n.gold || (['pdf', 'doc', 'xls'].includes(n.spec.format) && !libreOffice)) {
      skipped++;
      continue;
    }
    const file = await buildNotice(n.id.replace(/\//g, '_'), n.spec);
    const dry = await importFiles(ledger, [file], { dryRun: true });
    const real = await importFiles(ledger, [file]);
    const noticeId = real.notices[0]?.id;
    if (noticeId === undefined || real.failures.length) {
      skipped++;
      continue;
    }
    const rows = ledger.db
      .prepare(
        'SELECT id, span_start AS start, original_record_id AS born FROM mentions WHERE notice_id = ?',
      )
      .all(noticeId) as { id: number; start: number; born: number }[];
    const byStart = new Map(rows.map((r) => [r.start, r]));
    const used = new Set<number>();
    const many = countByCode(n.gold.records);
    for (const g of n.gold.records) {
      const i = dry.records.findIndex(
        (r, k) => !used.has(k) && codeMatches(g, r.regionCode) && sameText(r.title, g.title),
      );
      // A record the notice joins lists the earlier notices' mentions too: take this one's.
      const own = i >= 0 ? dry.records[i]!.mentions.filter((x) => x.file === file.name) : [];
      const m = own.length === 1 ? byStart.get(own[0]!.start) : undefined;
      if (!m || g.code === null) {
        unmatched++;
        continue;
      }
      used.add(i);
      const key = unitKey(g);
      items.push({
        notice: n.id,
        programme: n.gold.notice.programme ?? null,
        gold: g,
        unit: key === '|' && (many.get(g.code) ?? 0) > 1 ? null : key,
        mentionId: m.id,
        born: m.born,
        now: m.born,
      });
    }
    onNotice?.(n.id);
  }
  const now = ledger.db.prepare('SELECT record_id AS r FROM mentions WHERE id = ?');
  for (const it of items) it.now = (now.get(it.mentionId) as { r: number }).r;
  return { items, unmatched, skipped };
}

function countByCode(gold: readonly GoldRecord[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const g of gold) if (g.code) m.set(g.code, (m.get(g.code) ?? 0) + 1);
  return m;
}

/** The written variants of one unit's name a repost differs by. */
const foldUnit = (s: string): string =>
  foldText(s)
    .replace(/(?:居民委员会|居委会|村民委员会|村委会)$/, '')
    .replace(/街道办事处/g, '街道');

/** A place that is its code's own county or city: the code says all (甘南州 = 甘南藏族自治州). */
const REGION_ITSELF = /(?:省|市|(?<!社)区|县|旗|州|盟)$/;
/**
 * A unit below the county by its own name, whatever parents are written before it: a township
 * left out (浏阳市沙市镇秧田村 = 浏阳市秧田村) or a district renamed (潞州区东街街道 = 城区东街街道).
 */
const LEAF = /[^省市区县旗州盟镇乡道]{2,}(?:村|社区|街道|镇|乡)$/;

/** The unit's own name below the county (empty for the county itself) and its title, folded. */
export function unitKey(g: GoldRecord): string {
  const place = foldUnit(g.region).replace(/[(（][^)）]*[)）]/g, '');
  const leaf = LEAF.exec(place)?.[0] ?? place;
  return `${REGION_ITSELF.test(place) ? '' : leaf}|${foldUnit(g.title)}`;
}

const ADMIN_END = /(?:省|市|区|县|旗|州|盟|镇|乡|道)$/;

/** One name, or one with more of its parents written before it (官渡区群策群力… = 群策群力…). */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (!long.endsWith(short) || short.length < 2) return false;
  return ADMIN_END.test(long.slice(0, long.length - short.length));
}

/** One unit: one place and, where both give one, one title (a progress report gives none). */
export function sameUnit(a: string, b: string): boolean {
  const [pa = '', ta = ''] = a.split('|');
  const [pb = '', tb = ''] = b.split('|');
  if (pa !== pb && !(pa && pb && sameName(pa, pb))) return false;
  return ta === '' || tb === '' || sameName(ta, tb);
}

/** One county or city today: the same code, or codes a renaming made one (江干区 → 上城区). */
export function samePlaceCode(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = placeOfCode(a);
  const pb = placeOfCode(b);
  if (!pa.known || !pb.known) return false;
  if (pa.counties.length && pb.counties.length)
    return pa.counties.some((c) => pb.counties.includes(c));
  return !pa.counties.length && !pb.counties.length && pa.cities.join() === pb.cities.join();
}

export type Truth = 'same' | 'link' | 'neither' | 'unjudged';

export function truthOf(a: Item, b: Item): Truth {
  if (!samePlaceCode(a.gold.code!, b.gold.code!)) return 'neither';
  if (a.unit === null || b.unit === null) return 'unjudged';
  if (!sameUnit(a.unit, b.unit)) return 'neither';
  if (a.programme === null || b.programme === null) return 'unjudged';
  return sameProgramme(a.programme, b.programme) ? 'same' : 'link';
}

export interface PairRow {
  a: Item;
  b: Item;
  truth: Truth;
  got: 'joined' | 'merged' | 'queued' | 'linked' | 'apart';
  /** the link's reasons, as the review shows them */
  why?: string[];
}

/** Every pair of items of two notices at one code, or in one record, group or link. */
export function judgePairs(ledger: Ledger, items: readonly Item[]): PairRow[] {
  const report = duplicateReport(ledger);
  const groupOf = new Map<number, number>();
  report.groups.forEach((g, i) => g.recordIds.forEach((id) => groupOf.set(id, i)));
  const linked = new Map(
    report.related.map((r) => [`${Math.min(r.a, r.b)}:${Math.max(r.a, r.b)}`, r.reasons]),
  );
  const byCode = new Map<string, Item[]>();
  for (const it of items) {
    const c = it.gold.code!.slice(0, 4);
    const list = byCode.get(c) ?? [];
    list.push(it);
    byCode.set(c, list);
  }
  // Records that hold items of two cities are judged too (a merge across cities is wrong).
  const byRecord = new Map<number, Item[]>();
  for (const it of items) byRecord.set(it.now, [...(byRecord.get(it.now) ?? []), it]);
  const rows: PairRow[] = [];
  const seen = new Set<string>();
  for (const list of [...byCode.values(), ...byRecord.values()])
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const key = `${Math.min(a.mentionId, b.mentionId)}:${Math.max(a.mentionId, b.mentionId)}`;
        if (a.notice === b.notice || seen.has(key)) continue;
        seen.add(key);
        const got: PairRow['got'] =
          a.now === b.now
            ? a.born === b.born
              ? 'joined'
              : 'merged'
            : groupOf.has(a.now) && groupOf.get(a.now) === groupOf.get(b.now)
              ? 'queued'
              : linked.has(`${Math.min(a.now, b.now)}:${Math.max(a.now, b.now)}`)
                ? 'linked'
                : 'apart';
        const truth = truthOf(a, b);
        if (truth === 'neither' && got === 'apart') continue;
        const why =
          got === 'linked'
            ? linked.get(`${Math.min(a.now, b.now)}:${Math.max(a.now, b.now)}`)
            : undefined;
        rows.push({ a, b, truth, got, ...(why ? { why } : {}) });
      }
  return rows;
}
