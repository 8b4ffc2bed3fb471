/**
 * Never silent on a row that cannot be placed. A yearly check of towns (an acceptance-like
 * later notice) makes records only for units it can place; a row whose name carries no
 * place the gazetteer reads (a scenic area, a township of another name) is left out, and
 * the warning names that row by its 序号 and its own words, never by an empty place.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/app/import/import-notices';
import type { Ledger } from '../../../src/main/db/ledger';
import { tempLedger } from '../../support/temp-ledger';

const NOTICE = [
  '2019年度省级特色小镇创建对象考核结果',
  '',
  '序号\t小镇名称\t考核结果',
  '1\t嵊州越剧小镇\t优秀',
  '2\t东钱湖旅游休闲小镇\t合格',
  '3\t诸暨袜艺小镇\t合格',
  '4\t松阳茶香小镇\t降格',
].join('\n');

let ledger: Ledger;
let cleanup: () => void;

beforeEach(async () => {
  const t = await tempLedger();
  ledger = t.ledger;
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

describe('table rows that cannot be placed', () => {
  it('are named in a warning by their 序号 and text', async () => {
    const o = await importFiles(ledger, [{ name: 'a.txt', bytes: Buffer.from(NOTICE) }], {
      dryRun: true,
    });
    expect(o.records.map((r) => r.seq)).toEqual([1, 3, 4]);
    const skipped = (o.notices[0]?.warnings ?? []).filter(
      (w) => w.code === 'record_without_confirmation' && w.seqs.includes(2),
    );
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.message).toContain('第2项“东钱湖旅游休闲小镇”');
  });

  it('never list an empty name', async () => {
    const o = await importFiles(ledger, [{ name: 'a.txt', bytes: Buffer.from(NOTICE) }], {
      dryRun: true,
    });
    for (const w of o.notices[0]?.warnings ?? [])
      expect(w.message).not.toMatch(/（）|（、|、、|“”/);
  });
});
