/**
 * Labelled cross-notice series: one batch of zones confirmed, then talked about by later
 * notices — a progress report and an acceptance result naming the same zones (a subset,
 * in another order, some under the unit's new name after a redivision: 江干区 → 上城区) — as
 * the files a person would import. Each item is labelled with the zone it really is, so a
 * test can count what importing them yields: one record per real zone, and every later
 * mention joined to the right one.
 */
import type { PoolCounty, PoolPlace, RegionPool } from './regions';
import { makeTitle } from './phrases';
import { createRng, type Rng } from './prng';

const PROGRAMME = '全国社区治理和服务创新实验区';

export type SeriesStage = 'confirmation' | 'progress' | 'acceptance';

export interface SeriesZone {
  /** The county the zone is today (its identity). */
  code: string;
  /** As the confirmation wrote it (the former unit's name where renamed). */
  confirmedAs: string;
  /** As later notices write it (today's name). */
  laterAs: string;
  renamed: boolean;
}

export interface SeriesNotice {
  stage: SeriesStage;
  name: string;
  bytes: Buffer;
  /** Index into `zones` of each item, in list order. */
  items: number[];
}

export interface GeneratedSeries {
  programme: string;
  year: number;
  zones: SeriesZone[];
  notices: SeriesNotice[];
}

function shuffle<T>(r: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const fullName = (p: PoolPlace) => `${p.province}${p.city ?? ''}${p.county}`;

/** Zones from distinct counties; about a quarter of them renamed since, where the pool allows. */
function pickZones(r: Rng, pool: RegionPool, n: number): SeriesZone[] {
  const usable = pool.counties.filter((c) => !/市辖区|县$|^省直辖/.test(c.county));
  const renamed = usable.filter(
    (c) => c.formerly.length > 0 && c.formerly[0]!.province === c.province,
  );
  const chosen = new Map<string, { county: PoolCounty; former: PoolPlace | null }>();
  const wantRenamed = Math.min(renamed.length, Math.round(n / 4));
  while (chosen.size < wantRenamed) {
    const c = r.pick(renamed);
    chosen.set(c.code, { county: c, former: c.formerly[0]! });
  }
  while (chosen.size < n) {
    const c = r.pick(usable);
    if (!chosen.has(c.code)) chosen.set(c.code, { county: c, former: null });
  }
  return shuffle(r, [...chosen.values()]).map(({ county, former }) => ({
    code: county.code,
    confirmedAs: fullName(former ?? county),
    laterAs: fullName(county),
    renamed: former !== null,
  }));
}

function table(header: string, rows: string[][]): string {
  return [header, ...rows.map((cells, i) => [String(i + 1), ...cells].join('\t'))].join('\n');
}

function text(lines: (string | null)[]): Buffer {
  return Buffer.from(lines.filter((l): l is string => l !== null).join('\n'), 'utf8');
}

export function generateSeries(
  opts: { seed: number; zones: number; year?: number },
  pool: RegionPool,
): GeneratedSeries {
  const r = createRng(opts.seed).fork('series');
  const year = opts.year ?? 2019;
  const zones = pickZones(r, pool, opts.zones);
  const all = zones.map((_, i) => i);
  const cite = `《民政部关于同意将${zones[0]!.confirmedAs}等单位确认为${PROGRAMME}的批复》（民函〔${year}〕41号）`;

  const confirmation: SeriesNotice = {
    stage: 'confirmation',
    name: `series-${opts.seed}-01-confirmation.txt`,
    items: all,
    bytes: text([
      `民政部关于同意将${zones[0]!.confirmedAs}等单位确认为${PROGRAMME}的批复`,
      `民函〔${year}〕41号`,
      '',
      '各有关省、自治区、直辖市民政厅（局）：',
      '',
      `经地方申报、专家论证，同意将${zones[0]!.confirmedAs}等${zones.length}个单位确认为${PROGRAMME}，实验时间为期两年。各实验区要按时上报年度实验计划和总结，在实验期末提交终期报告，由民政部组织结项验收。`,
      '',
      '民政部',
      `${year}年3月25日`,
      '',
      `${PROGRAMME}名单`,
      '',
      table(
        '序号\t实验单位\t实验主题',
        zones.map((z) => [z.confirmedAs, makeTitle(r)]),
      ),
    ]),
  };

  // The report names most zones, in its own order; a few are left out.
  const reported = shuffle(
    r,
    all.filter(() => r.next() < 0.85),
  );
  const progress: SeriesNotice = {
    stage: 'progress',
    name: `series-${opts.seed}-02-progress.txt`,
    items: reported,
    bytes: text([
      `民政部办公厅关于${PROGRAMME}实验工作情况的通报`,
      `民办函〔${year + 1}〕18号`,
      '',
      '各有关省、自治区、直辖市民政厅（局）：',
      '',
      `根据${cite}，各实验区按照实验方案推进实验任务。现将${reported.length}个实验区的工作情况通报如下。`,
      '',
      table(
        '序号\t实验区\t工作进展',
        reported.map((i) => [zones[i]!.laterAs, '按实验方案推进，进展顺利']),
      ),
      '',
      '民政部办公厅',
      `${year + 1}年6月10日`,
    ]),
  };

  const accepted = shuffle(r, all);
  const acceptance: SeriesNotice = {
    stage: 'acceptance',
    name: `series-${opts.seed}-03-acceptance.txt`,
    items: accepted,
    bytes: text([
      `民政部办公厅关于${year}年确认的${PROGRAMME}结项验收结果的通知`,
      `民办函〔${year + 3}〕7号`,
      '',
      '各有关省、自治区、直辖市民政厅（局）：',
      '',
      `根据${cite}，民政部组织开展了实验区结项验收工作，现将验收结果通知如下。`,
      '',
      table(
        '序号\t实验区\t验收结论',
        accepted.map((i) => [zones[i]!.laterAs, r.next() < 0.3 ? '优秀' : '合格']),
      ),
      '',
      '民政部办公厅',
      `${year + 3}年5月20日`,
    ]),
  };
  return { programme: PROGRAMME, year, zones, notices: [confirmation, progress, acceptance] };
}
