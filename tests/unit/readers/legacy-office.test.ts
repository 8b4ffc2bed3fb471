/**
 * Old binary Word (.doc) and Excel (.xls), made at test time by LibreOffice from the same
 * composed notice as the .docx/.xlsx version, must give the importer the same text and
 * the same records (region code + title). Skipped where LibreOffice is absent. The hostile
 * containers are written by hand and need nothing.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { loadCorpus } from '../../support/corpus/load';
import { observationNoticeDocx } from '../../support/fixtures/docx-fixtures';
import {
  convertWithLibreOffice,
  libreOffice,
  libreOfficeMissingReason,
} from '../../support/fixtures/pdf-fixtures';
import { zoneSummaryXlsx } from '../../support/fixtures/sheet-fixtures';
import { buildNotice, loadUnseen } from '../../support/unseen';
import type { Format, NoticeSpec } from '../../support/unseen/spec';
import { expectConsistent, readError } from './consistency';

const CJK = /[\u4e00-\u9fff]/;
const lo = libreOffice ? describe : describe.skip;
if (!libreOffice) console.warn(libreOfficeMissingReason);

/** LibreOffice is slow to start: each fixture is converted once per run. */
const converted = new Map<string, Buffer>();
async function legacy(which: 'doc' | 'xls'): Promise<Buffer> {
  let bytes = converted.get(which);
  if (!bytes) {
    bytes =
      which === 'doc'
        ? convertWithLibreOffice(await observationNoticeDocx(), 'docx', 'doc')
        : convertWithLibreOffice(await zoneSummaryXlsx(), 'xlsx', 'xls');
    converted.set(which, bytes);
  }
  return bytes;
}

async function records(name: string, bytes: Uint8Array): Promise<[string | null, string][]> {
  const doc = await readNotice(name, bytes);
  const n = extractNotice(doc, { fileName: name, regions: gazetteerRegionLookup() });
  return resolveRecords(n).resolved.map((r) => [r.resolution?.regionCode ?? null, r.record.title]);
}

async function sameRecords(id: string, spec: NoticeSpec, modern: Format, legacy: Format) {
  const a = await buildNotice(id, { ...spec, format: modern });
  const b = await buildNotice(id, { ...spec, format: legacy });
  const want = await records(a.name, a.bytes);
  expect(want.length).toBeGreaterThan(0);
  expect(await records(b.name, b.bytes)).toEqual(want);
}

const corpus = (prefix: string): NoticeSpec => {
  const n = loadCorpus().find((c) => c.id.startsWith(prefix));
  if (!n) throw new Error(`corpus notice ${prefix} missing`);
  return n.spec;
};
const unseen = (prefix: string): NoticeSpec => {
  const dir = path.join(__dirname, '..', '..', 'fixtures', 'unseen');
  const n = loadUnseen(dir).find((u) => u.id.startsWith(prefix));
  if (!n) throw new Error(`unseen notice ${prefix} missing`);
  return n.spec;
};

lo('legacy Office files read as their modern twins', () => {
  it('a .doc gives the .docx text: merged category row spread, merged-down city repeated, two-paragraph cell joined', async () => {
    const docx = await observationNoticeDocx();
    const doc = await readNotice('通知.doc', await legacy('doc'));
    expect(doc.format).toBe('doc');
    expectConsistent(doc);
    expect(doc.text).toBe((await readNotice('通知.docx', docx)).text);
    expect(doc.blocks.filter((b) => b.type === 'table')).toHaveLength(1);
  });

  it('an .xls gives the .xlsx text: two sheets, merged title rows, merged cells, dates', async () => {
    const xlsx = await zoneSummaryXlsx();
    const xls = await readNotice('汇总.xls', await legacy('xls'));
    expect(xls.format).toBe('xls');
    expectConsistent(xls);
    expect(xls.text).toBe((await readNotice('汇总.xlsx', xlsx)).text);
  });

  it('is sniffed by content, whatever the name (.wps/.et/none)', async () => {
    expect((await readNotice('通知.wps', await legacy('doc'))).format).toBe('doc');
    expect((await readNotice('附件.et', await legacy('xls'))).format).toBe('xls');
    expect((await readNotice('附件', await legacy('xls'))).format).toBe('xls');
  });

  it.each([
    ['merged province cells (corpus n02)', () => corpus('n02-'), 'docx', 'doc'],
    ['a two-row header table (unseen u02)', () => unseen('u02-'), 'docx', 'doc'],
    ['the same two-row header as a sheet', () => unseen('u02-'), 'xlsx', 'xls'],
    ['a workbook with two sheets (corpus p10)', () => corpus('p10-'), 'xlsx', 'xls'],
    ['county cells merged down a sheet (corpus s14)', () => corpus('s14-'), 'xlsx', 'xls'],
  ] as const)('%s: the same records (region code, title)', async (_label, spec, modern, legacy) => {
    await sameRecords('legacy', spec(), modern, legacy);
  });
});

/** A minimal valid OLE2 header (version 3, 512-byte sectors) over `sectors` zeroed sectors. */
function oleShell(sectors: number): Buffer {
  const b = Buffer.alloc(512 * (sectors + 1));
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(b);
  b.writeUInt16LE(0x3e, 0x18);
  b.writeUInt16LE(3, 0x1a);
  b.writeUInt16LE(0xfffe, 0x1c);
  b.writeUInt16LE(9, 0x1e);
  b.writeUInt16LE(6, 0x20);
  b.writeUInt32LE(4096, 0x38);
  b.fill(0xff, 0x4c, 512);
  return b;
}

describe('hostile or damaged OLE2 files get a Chinese message, never a hang or a crash', () => {
  const loopingDirectory = (): Buffer => {
    const b = oleShell(2);
    b.writeInt32LE(1, 0x2c); // one FAT sector…
    b.writeInt32LE(0, 0x4c); // …sector 0
    b.writeInt32LE(1, 0x30); // directory starts at sector 1
    b.writeInt32LE(-2, 0x3c);
    b.writeInt32LE(-2, 0x44);
    b.writeInt32LE(-3, 512); // FAT[0] = the FAT itself
    b.writeInt32LE(1, 512 + 4); // FAT[1] = 1: the directory chain points at itself
    return b;
  };
  it.each<[string, () => Buffer, string]>([
    [
      'only the OLE2 magic and noise',
      () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(900, 7)]),
      'corrupt_ole',
    ],
    ['a header cut short', () => oleShell(0).subarray(0, 300), 'corrupt_ole'],
    [
      'two billion FAT sectors declared',
      () => {
        const b = oleShell(4);
        b.writeInt32LE(0x7fffffff, 0x2c);
        return b;
      },
      'corrupt_ole',
    ],
    ['a directory chain that loops on itself', loopingDirectory, 'corrupt_ole'],
  ])('%s', async (_label, make, code) => {
    const e = await readError(readNotice('旧通知.doc', make()));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(CJK);
  });

  (libreOffice ? it : it.skip)('a truncated .doc and .xls are named as damaged', async () => {
    const doc = await legacy('doc');
    const xls = await legacy('xls');
    for (const [name, bytes] of [
      ['截断.doc', doc],
      ['截断.xls', xls],
    ] as const) {
      const e = await readError(readNotice(name, bytes.subarray(0, Math.floor(bytes.length / 3))));
      expect(e.code).toBe('corrupt_ole');
      expect(e.message).toContain('已损坏或不完整');
    }
  });
});
