/**
 * A news item listing a ministry's pilot areas and pilot units by province (composed here):
 * an institution named after its province or municipality (某省荣军医院, 某市殡仪馆, 某市救助
 * 管理事务中心) is one of the pilot units, so the item makes a record for it at its province,
 * as it does for an association or the province's own department; the province named bare in
 * the same item stays no record.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';

const file = (lines: string[]) => ({
  name: 'news.txt',
  bytes: new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')),
});

const LEAD = [
  '甘肃重庆多地多单位入选社会工作人才队伍建设试点',
  '本报讯（记者 某某）记者近日从民政部门获悉，民政部下发通知，确定一批社会工作人才队伍建设试点地区和单位。据了解，其中：',
];

describe('institutions named after their province among the pilot units of a news item', () => {
  const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
  afterAll(() => made.forEach((l) => l.cleanup()));
  const codesOf = async (lines: string[]) => {
    const t = await tempLedger();
    made.push(t);
    const out = await importFiles(t.ledger, [file(lines)], { dryRun: true });
    return out.records.map((r) => r.regionCode);
  };

  it('makes a record for each at its province or municipality', async () => {
    expect(
      await codesOf([
        ...LEAD,
        '甘肃省：兰州市城关区、甘肃省荣军医院、甘肃省军队离退休干部第二休养所',
        '重庆市：渝中区、重庆市殡仪馆、重庆市救助管理事务中心',
      ]),
    ).toEqual(['620102', '620000', '620000', '500103', '500000', '500000']);
  });

  it('makes none for the province named bare', async () => {
    expect(await codesOf([...LEAD, '甘肃省：兰州市城关区、甘肃省', '重庆市：渝中区'])).toEqual([
      '620102',
      '500103',
    ]);
  });
});
