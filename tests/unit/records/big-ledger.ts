/**
 * Builds a large ledger straight into the real schema (migrations run by openLedger), so
 * the grid and the query layer can be measured at the size staff may reach (10^5 records).
 * One prepared INSERT in one transaction: the FTS triggers fill records_fts as it goes.
 */
import Database from 'better-sqlite3';
import { openLedger } from '../../../src/main/db/ledger';

const PLACES: [string, string, string, string][] = [
  ['江苏省', '南京市', '栖霞区', '320113'],
  ['江苏省', '苏州市', '姑苏区', '320508'],
  ['浙江省', '杭州市', '上城区', '330102'],
  ['河北省', '石家庄市', '长安区', '130102'],
  ['河北省', '保定市', '竞秀区', '130602'],
  ['湖北省', '武汉市', '江汉区', '420103'],
  ['四川省', '成都市', '武侯区', '510107'],
  ['广东省', '深圳市', '南山区', '440305'],
  ['山东省', '青岛市', '市南区', '370202'],
  ['北京市', '北京市', '朝阳区', '110105'],
];
const THEMES = [
  '社区协商',
  '红色物业',
  '老旧小区',
  '议事会',
  '提案征集',
  '志愿服务',
  '网格治理',
  '养老服务',
  '儿童关爱',
  '数字社区',
];
const VERBS = ['构建', '推行', '打造', '完善', '探索', '深化'];
const TAILS = ['联动机制', '工作平台', '服务体系', '治理模式', '共建格局'];
const KINDS = ['zone', 'case', 'observation', 'other'] as const;
const PROGRAMMES = [
  '全国社区治理和服务创新实验区',
  '全国基层治理创新典型案例',
  '省级社区治理观察点',
  '其他名单',
];

/** Creates `count` records in a fresh ledger file; returns how long it took. */
export async function buildBigLedger(file: string, count = 100_000): Promise<{ ms: number }> {
  const t0 = performance.now();
  const ledger = await openLedger(file);
  ledger.close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = new Date().toISOString();
  // Indexes are built once after the load (much faster than keeping them up row by row).
  const indexes = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' AND sql IS NOT NULL",
    )
    .all() as { name: string; sql: string }[];
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
  const insert = db.prepare(
    `INSERT INTO records(kind, programme, year, batch, seq, region_text, region_code, unit_code, province, city,
       county, unit, title, content, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const [province, city, county, code] = PLACES[i % PLACES.length]!;
      const k = i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : i % 10 < 9 ? 2 : 3; // mostly zones, then cases
      const theme = THEMES[(i * 7) % THEMES.length]!;
      const title = `${VERBS[i % VERBS.length]}${theme}${TAILS[(i * 3) % TAILS.length]}第${i + 1}号`;
      insert.run(
        KINDS[k],
        PROGRAMMES[k],
        2015 + (i % 10),
        `第${(i % 4) + 1}批`,
        (i % 500) + 1,
        `${city}${county}`,
        code,
        code,
        province,
        city,
        county,
        `${county}民政局`,
        title,
        `围绕${theme}开展试点，编号 ${i + 1}。`,
        i % 13 === 0 ? '已结项' : '实验中',
        now,
        now,
      );
    }
  })();
  for (const i of indexes) db.exec(i.sql);
  db.exec('ANALYZE');
  db.close();
  return { ms: performance.now() - t0 };
}
