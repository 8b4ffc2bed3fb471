/**
 * A story's table whose name column is headed by the kind of site it lists (序号 | 省份 |
 * 风景名胜区 | 复查结果): each row's bare cell ("采石") is the site's own name, so a later notice
 * makes its record at the province the row gives, as it does for a named park. A column headed
 * by anything else (单位, or where the site lies) gives no such standing: a province there is a
 * passing mention and makes no record. Composed from the shape of a ministry's re-check news.
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
  return o.records.map((r) => `${r.regionCode ?? ''} ${r.title}`);
};

const story = (header: string) => [
  '2016-09-12 来源：中国建设报',
  '日前，住房城乡建设部通报了国家级风景名胜区执法检查后的复查结果。',
  '以下3处国家级风景名胜区仍存在较大问题，验收不予通过：',
  header,
  '1  安徽  天柱山  验收不予通过',
  '2  贵州  织金洞  验收不予通过',
  '3  甘肃  麦积山  验收不予通过',
];

describe('a site under a column headed by its kind', () => {
  it('is a record at the province its row gives', async () => {
    expect(await records(story('序号  省份  风景名胜区  复查结果'))).toEqual([
      '340000 天柱山',
      '520000 织金洞',
      '620000 麦积山',
    ]);
  });

  it('is none under a column that names no kind of site', async () => {
    const got = await records(story('序号  省份  所在位置  复查结果'));
    expect(got.filter((r) => r.endsWith('0000'))).toEqual([]);
  });

  it('files no site named after its city at the province alone', async () => {
    const lines = story('序号  省份  风景名胜区  复查结果');
    lines[lines.length - 1] = '3  陕西  宝鸡天台山  验收不予通过';
    expect((await records(lines)).filter((r) => r.startsWith('610000'))).toEqual([]);
  });
});
