/**
 * A later notice (a story) makes a record at a province alone only for a unit its list states:
 * an enterprise its list gives one a line by its registered name, filed under the province the
 * list's heading names (…的四川名单: 新希望集团有限公司), is the unit and makes its record there;
 * a company named only beside a unit (a base's operator in a table, 福建省某某旅游发展有限公司)
 * makes none at its province, though its name ends the same way. Composed from the shapes of a
 * provincial paper's items.
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

describe('an enterprise at its province alone in a story', () => {
  it('is a record where the list gives it a line of its own under the province’s list', async () => {
    const got = await records([
      '本报记者 李四',
      '近日，农业农村部公布了第九次监测合格农业产业化国家重点龙头企业名单，四川共有30家企业通过本次监测。',
      '入选第九次监测合格农业产业化国家重点龙头企业的四川名单：',
      '四川高金实业集团有限公司',
      '通威股份有限公司',
      '成都市棒棒娃实业有限公司',
    ]);
    expect(got).toEqual([
      '510000 四川高金实业集团有限公司',
      '510000 通威股份有限公司',
      '510100 成都市棒棒娃实业有限公司',
    ]);
  });

  it('is none where the company only runs a base the table lists', async () => {
    const got = await records([
      '2020-03-19 来源：福建日报',
      '17日，国家森林康养基地(第一批)名单正式开始公示。福建共有4个基地入选。',
      '以经营主体为单位申报的国家森林康养基地',
      '梅花山森林康养基地\t福建省梅花山旅游发展有限公司',
      '邵武市二都森林康养基地\t福建省邵武市国有林场二都场',
      '匡山生态景区\t浦城县旅游投资开发有限公司',
    ]);
    expect(got.filter((r) => r.startsWith('350000'))).toEqual([]);
    expect(got.map((r) => r.slice(0, 6))).toEqual(['350781', '350722']);
  });
});
