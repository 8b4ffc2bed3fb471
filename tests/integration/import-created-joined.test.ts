/**
 * 导入完成's 新增 N and 关联 M open the grid on the records the import's notices created and on
 * those they joined, apart: both had opened every record the notices name, so the clerk could
 * not tell the new records from the ones named again. A read: nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FacetSelection } from '../../src/shared/domain';
import { buildWhere } from '../../src/main/db/queries/record-search';
import { apiLedger } from '../support/api-ledger';

const CONFIRMED = `关于确认第三批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第三批省级社区治理创新实验区：
1.石家庄市长安区——构建“红色物业”联动机制
2.保定市竞秀区——推行小区议事会制度
3.南京市栖霞区——探索居民提案征集办法
4.苏州市姑苏区——完善老旧小区协商平台
河北省民政厅
2021年6月30日
`;
const ACCEPTED = `关于第三批省级社区治理创新实验区结项验收结果的通知
各市民政局：
现将第三批省级社区治理创新实验区结项验收结果通知如下：
石家庄市长安区、南京市栖霞区验收结果为优秀；保定市竞秀区、苏州市姑苏区验收结果为合格。
河北省民政厅
2023年9月15日
`;
const FOURTH = `关于确认第四批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第四批省级社区治理创新实验区：
1.唐山市路北区——打造楼院议事平台
2.无锡市梁溪区——推行社区协商清单
河北省民政厅
2022年7月1日
`;

let ledger: Awaited<ReturnType<typeof apiLedger>>;
let confirmed: number, accepted: number, fourth: number;
beforeAll(async () => {
  ledger = await apiLedger();
  confirmed = await ledger.importFile('第三批.txt', CONFIRMED);
  accepted = await ledger.importFile('验收结果.txt', ACCEPTED);
  fourth = await ledger.importFile('第四批.txt', FOURTH);
  // A record added by hand names no notice: never among an import's records.
  await ledger.call('records/create', {
    kind: 'zone',
    fields: { title: '手工添加的实验区', regionText: '苏州市吴中区' },
  });
});
afterAll(() => ledger.cleanup());

const places = async (facets: FacetSelection) => {
  const p = await ledger.call('records/page', { kind: 'zone', facets });
  return p.rows.map((r) => r.regionText).sort();
};

describe('新增 and 关联 of an import, apart', () => {
  it('新增 is what the notices created, 关联 what they named that was held before them', async () => {
    expect(await places({ notices: [confirmed], importedAs: 'created' })).toHaveLength(4);
    expect(await places({ notices: [confirmed], importedAs: 'joined' })).toEqual([]);
    expect(await places({ notices: [accepted], importedAs: 'created' })).toEqual([]);
    expect(await places({ notices: [accepted], importedAs: 'joined' })).toHaveLength(4);
    expect(await places({ notices: [fourth], importedAs: 'created' })).toEqual([
      '唐山市路北区',
      '无锡市梁溪区',
    ]);
  });

  it('a series imported at once: what the first notice made and the second named again is new', async () => {
    // 关联已有的 is what was held before the import: a record its own first notice created is
    // not, though its second notice joined it (新增 and 关联 part the records, never overlap)
    const both = [confirmed, accepted];
    const created = await places({ notices: both, importedAs: 'created' });
    expect(created).toHaveLength(4);
    expect(await places({ notices: both, importedAs: 'joined' })).toEqual([]);
    expect(await places({ notices: both })).toEqual(created);
    // the same records, two imports: the second's are joined
    expect(await places({ notices: [accepted], importedAs: 'joined' })).toEqual(created);
  });

  it('an item merged at import is no new row: 新增 counts the rows the ledger got', async () => {
    const twice = `关于确认第五批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第五批省级社区治理创新实验区：
1.邢台市襄都区——构建“红色物业”联动机制
2.邯郸市丛台区——推行小区议事会制度
3.邢台市襄都区——构建“红色物业”联动机制
河北省民政厅
2024年6月30日
`;
    const fifth = await ledger.importFile('第五批.txt', twice);
    const changes = ledger.db
      .prepare('SELECT count(*) AS n FROM mentions WHERE notice_id = ? AND joined = 0')
      .get(fifth) as { n: number };
    expect(changes.n).toBe(3); // three items made records; one merged into its twin at once
    expect(await places({ notices: [fifth], importedAs: 'created' })).toEqual([
      '邢台市襄都区',
      '邯郸市丛台区',
    ]);
    expect(await places({ notices: [fifth], importedAs: 'joined' })).toEqual([]);
  });

  it('names neither another notice’s records nor one added by hand', async () => {
    const created = await places({ notices: [fourth, accepted], importedAs: 'created' });
    expect(created).toEqual(['唐山市路北区', '无锡市梁溪区']);
    expect(created).not.toContain('苏州市吴中区');
    expect(await places({ notices: [fourth], importedAs: 'joined' })).toEqual([]);
  });

  it('without the notices it narrows nothing (every record ever joined is no import’s)', async () => {
    expect(await places({ importedAs: 'joined' })).toHaveLength(9);
  });

  it('the notices’ mentions lead (by their index), never a scan of the whole ledger', () => {
    for (const importedAs of ['created', 'joined', undefined] as const) {
      const where = buildWhere({ facets: { notices: [accepted], importedAs } });
      const plan = ledger.db
        .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM records r WHERE ${where.sql}`)
        .all(where.params)
        .map((r) => (r as { detail: string }).detail);
      expect(plan).toContain('SEARCH r USING INTEGER PRIMARY KEY (rowid=?)');
      expect(plan.filter((d) => d.startsWith('SCAN r'))).toEqual([]);
    }
  });

  it('is a read: the operation log does not grow', async () => {
    const ops = () => ledger.db.prepare('SELECT count(*) AS n FROM operations').get();
    const before = ops();
    await places({ notices: [accepted], importedAs: 'joined' });
    expect(ops()).toEqual(before);
  });
});
