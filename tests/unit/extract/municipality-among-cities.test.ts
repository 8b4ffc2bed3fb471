/**
 * A story's list of cities may hold municipalities (北京市、天津市、大连市、上海市…): each is one
 * of the listed cities, made a record like its neighbours, while a province named among them, or
 * a municipality listed among provinces, stays a passing mention of a later notice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/app/import/import-notices';
import type { Ledger } from '../../../src/main/db/ledger';
import { tempLedger } from '../../support/temp-ledger';

const story = (list: string) =>
  [
    '本年度雨水花园试点城市名单公示',
    `青禾网5月6日讯 据有关部门消息，排名在前的城市进入本年度雨水花园试点范围，名单如下：${list}。`,
  ].join('\n');

let ledger: Ledger;
let cleanup: () => void;

beforeEach(async () => {
  const t = await tempLedger();
  ledger = t.ledger;
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

const codes = async (text: string) => {
  const o = await importFiles(ledger, [{ name: 'n.txt', bytes: Buffer.from(text) }], {
    dryRun: true,
  });
  return o.records.map((r) => r.regionCode);
};

describe('a municipality listed among cities in a story', () => {
  it('is one of the listed cities', async () => {
    expect(await codes(story('北京市、天津市、大连市、上海市、宁波市和重庆市'))).toEqual([
      '110000',
      '120000',
      '210200',
      '310000',
      '330200',
      '500000',
    ]);
  });

  it('is no city among provinces, nor is a province among cities', async () => {
    expect(await codes(story('北京市、河北省、山西省和大连市'))).toEqual(['210200']);
    expect(await codes(story('大连市、浙江省、宁波市'))).toEqual(['210200', '330200']);
  });
});
