/**
 * Bad input gets a clear message and leaves the ledger exactly as it was; a failure in the
 * middle of writing a notice leaves nothing of it behind.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { Ledger } from '../../src/main/db/ledger';
import { observationNoticeDocx } from '../support/fixtures/docx-fixtures';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { tempLedger } from '../support/temp-ledger';
import { HEBEI_ZONES as GOOD } from '../support/sample-notice';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  const t = await tempLedger();
  ledger = t.ledger;
  cleanup = t.cleanup;
  const first = await importFiles(ledger, [{ name: 'good.txt', bytes: bytes(GOOD) }]);
  expect(first.failures).toEqual([]);
});
afterEach(() => cleanup());

describe('bad input leaves the ledger exactly as it was', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ['an empty file', () => new Uint8Array(), /空/],
    [
      'a binary file named .txt',
      () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      /二进制|不是文本|无法识别|编码/,
    ],
    [
      'a truncated .docx',
      async () => (await observationNoticeDocx()).subarray(0, 900),
      /损坏|不完整/,
    ],
    [
      'a corrupt zip named .docx',
      () => bytes('PK\u0003\u0004 this is not really a zip archive at all'),
      /损坏|不完整|无法/,
    ],
    [
      'an image named .txt',
      () =>
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(100).fill(0)]),
      /图片|图像|二进制/,
    ],
    ['a 50 MB text', () => bytes('社区治理创新实验区名单。'.repeat(1_500_000)), /万字|太大|过长/],
  ];

  it.each(cases)('%s gets a clear message', async (name, make, message) => {
    const before = ledgerFingerprint(ledger.db);
    const fileName = name.includes('.docx') ? 'x.docx' : 'x.txt';
    const o = await importFiles(ledger, [{ name: fileName, bytes: await make() }]);
    expect(o.notices).toEqual([]);
    expect(o.failures).toHaveLength(1);
    expect(o.failures[0]!.message).toMatch(message);
    expect(o.failures[0]!.message).toContain(fileName);
    expect(ledgerFingerprint(ledger.db)).toBe(before);
  });

  it('imports the good files of a batch and reports the bad one', async () => {
    const o = await importFiles(ledger, [
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'good2.txt', bytes: bytes(GOOD.replace('第二批', '第三批')) },
    ]);
    expect(o.failures.map((f) => f.file)).toEqual(['empty.txt']);
    expect(o.notices).toHaveLength(1);
    expect(o.files.map((f) => f.status)).toEqual(['failed', 'imported']);
  });

  it('recognises a file imported before and stores nothing new', async () => {
    const before = ledgerFingerprint(ledger.db);
    const o = await importFiles(ledger, [{ name: 'renamed.txt', bytes: bytes(GOOD) }]);
    expect(o.files[0]!.status).toBe('already_imported');
    expect(o.records).toHaveLength(3);
    expect(ledgerFingerprint(ledger.db)).toBe(before);
  });

  it('a dry run shows the records and stores nothing', async () => {
    const before = ledgerFingerprint(ledger.db);
    const o = await importFiles(
      ledger,
      [{ name: 'new.txt', bytes: bytes(GOOD.replace('第二批', '第四批')) }],
      { dryRun: true },
    );
    expect(o.records.map((r) => r.regionCode)).toEqual(['130102', '130602', '130203']);
    expect(ledgerFingerprint(ledger.db)).toBe(before);
  });

  it('impossible dates never crash the import; they are left unset', async () => {
    const o = await importFiles(ledger, [
      {
        name: 'd.txt',
        bytes: bytes(GOOD.replace('2021年6月30日', '2021年2月30日').replace('第二批', '第五批')),
      },
    ]);
    expect(o.failures).toEqual([]);
    expect(o.notices[0]!.issuedOn).toBeNull();
  });

  it('a failure in the middle of writing a notice leaves nothing of it behind', async () => {
    const before = ledgerFingerprint(ledger.db);
    // Let the notice and two records go in, then fail: the whole notice must roll back.
    ledger.db.exec(`CREATE TEMP TRIGGER fail_third AFTER INSERT ON mentions
      WHEN (SELECT count(*) FROM mentions) >= 5 BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;`);
    const o = await importFiles(ledger, [
      { name: 'mid.txt', bytes: bytes(GOOD.replace('第二批', '第六批')) },
    ]);
    ledger.db.exec('DROP TRIGGER fail_third');
    expect(o.failures).toHaveLength(1);
    expect(o.failures[0]!.message).toContain('mid.txt');
    expect(ledgerFingerprint(ledger.db)).toBe(before);
    expect(ledger.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('applies corrections and exclusions from the preview', async () => {
    const o = await importFiles(ledger, [
      {
        name: 'edited.txt',
        bytes: bytes(GOOD.replace('第二批', '第七批')),
        edits: [
          { index: 0, title: '构建“红色物业”联动机制（更正）' },
          { index: 2, regionText: '唐山市路南区' },
        ],
        exclude: [1],
      },
    ]);
    expect(o.records.map((r) => [r.seq, r.regionCode, r.title])).toEqual([
      [1, '130102', '构建“红色物业”联动机制（更正）'],
      [3, '130202', '打造老旧小区协商平台'],
    ]);
  });

  it('refuses corrections that point past the extracted records, storing nothing', async () => {
    const before = ledgerFingerprint(ledger.db);
    const o = await importFiles(ledger, [
      { name: 'e.txt', bytes: bytes(GOOD.replace('第二批', '第八批')), exclude: [9] },
    ]);
    expect(o.failures[0]!.code).toBe('bad_edit');
    expect(ledgerFingerprint(ledger.db)).toBe(before);
  });
});
