/**
 * A story makes a province-level record only where it states the province as a unit of the
 * programme (counted among the units designated, or named the unit of a programme of provinces),
 * with no status its own words do not give; a province it names in passing makes none.
 * Composed from the shapes of a business paper's item and a health-commission item.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { Ledger } from '../../src/main/db/ledger';
import { tempLedger } from '../support/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;

beforeEach(async () => {
  const t = await tempLedger();
  ledger = t.ledger;
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

const records = async (lines: string[]) => {
  const o = await importFiles(ledger, [{ name: 'n.txt', bytes: Buffer.from(lines.join('\n')) }], {
    dryRun: true,
  });
  expect(o.notices[0]?.role).toBe('news');
  return o.records.map((r) => ({ code: r.regionCode, status: r.status }));
};

describe('a province a story names', () => {
  it('is a record where the story counts it among the units designated', async () => {
    const got = await records([
      '新型城镇化综合试点正式启动',
      '本报讯 近日，国家发改委等11部委联合印发《国家新型城镇化综合试点方案》，提出将江苏、安徽两省和宁波等62个城市(镇)列为国家新型城镇化综合试点地区。记者了解到，各试点正在制定实施方案。',
    ]);
    expect(got.map((r) => r.code)).toEqual(expect.arrayContaining(['320000', '340000']));
  });

  it('is a record, with no status, where it is named the unit of a programme of provinces', async () => {
    const got = await records([
      '国家卫健委命名全国医养结合示范省、示范县（市、区）和示范机构',
      '本报讯 近日，国家卫健委印发《关于命名山东省为全国医养结合示范省的通知》，命名山东省为全国医养结合示范省，命名北京市海淀区等100个县（市、区）为全国医养结合示范县（市、区）。2022年4月，国家卫健委部署开展示范县（市、区）和示范机构创建工作。（记者姬薇）',
    ]);
    expect(got.filter((r) => r.code === '370000')).toEqual([{ code: '370000', status: null }]);
  });

  it('is no record where it only places what the story counts', async () => {
    const got = await records([
      '我省3地入选全国医养结合示范县',
      '本报讯 近日，国家卫健委命名北京市海淀区等100个县（市、区）为全国医养结合示范县，山东省济南市历下区、青岛市市南区入选，山东省数量居全国前列。',
    ]);
    expect(got.map((r) => r.code)).not.toContain('370000');
  });
});
