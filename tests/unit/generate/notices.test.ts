import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import {
  NOTICE_LAYOUTS,
  chineseNumber,
  createRng,
  encodeNotice,
  fallbackPool,
  generateLedger,
  makeNoticeMeta,
  renderNotice,
  toImportBatches,
} from '../../support/generate';
import { tempLedger } from '../../support/temp-ledger';
import { writeImport } from '../../../src/main/db/write/import-rows';
import { pageRecords } from '../../../src/main/db/queries/records';

const ledger = generateLedger({ seed: 5, size: 300 }, fallbackPool());

describe('notice text', () => {
  it('counts in Chinese numerals as notices do', () => {
    expect([1, 9, 10, 11, 20, 21, 99, 100, 105, 110, 999].map(chineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
      '九百九十九',
    ]);
  });

  it.each(NOTICE_LAYOUTS)(
    'renders the %s layout with title, 文号, date and every item at its span',
    (layout) => {
      const recs = ledger.records.slice(0, 12);
      const meta = makeNoticeMeta(createRng(1), recs[0]!);
      const n = renderNotice(recs, meta, layout);
      const lines = n.text.split('\n');
      expect(lines[0]).toBe(meta.title);
      expect(lines[1]).toMatch(/^[\u4e00-\u9fa5]+〔\d{4}〕\d+号$/);
      expect(n.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日\n$/);
      expect(n.items).toHaveLength(12);
      n.items.forEach((it, i) => {
        const line = n.text.slice(it.start, it.end);
        expect(line).toContain(recs[i]!.regionText);
        expect(line).toContain(recs[i]!.title);
        expect(n.text[it.end]).toBe('\n');
      });
      if (layout === 'numbered') expect(n.text).toContain(`1. ${recs[0]!.regionText}——`);
      if (layout === 'chinese-numbered')
        expect(n.text).toContain(`（十二）${recs[11]!.regionText}：`);
      if (layout === 'tab-table') expect(n.text).toContain('序号\t地区\t名称\n1\t');
    },
  );

  it('encodes as UTF-8, UTF-8 with BOM and GB18030 (round trip, 4-byte characters included)', () => {
    const text =
      renderNotice(
        ledger.records.slice(0, 5),
        makeNoticeMeta(createRng(2), ledger.records[0]!),
        'numbered',
      ).text + '䢺㙟\n';
    expect(encodeNotice(text, 'utf-8').toString('utf8')).toBe(text);
    const bom = encodeNotice(text, 'utf-8-bom');
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const gb = encodeNotice(text, 'gb18030');
    expect(gb.equals(Buffer.from(text, 'utf8'))).toBe(false);
    expect(iconv.decode(gb, 'gb18030')).toBe(text);
  });
});

describe('import batches', () => {
  const batches = toImportBatches(ledger.records, { seed: 5, perNotice: 40 });

  it('cover every record once, one programme per notice, at most perNotice each, spans inside the raw text', () => {
    const seen = batches.flatMap((b) => b.recordIndexes).sort((a, b) => a - b);
    expect(seen).toEqual(ledger.records.map((_, i) => i));
    expect(new Set(batches.map((b) => b.notice.sha256)).size).toBe(batches.length);
    for (const b of batches) {
      expect(b.records.length).toBeLessThanOrEqual(40);
      expect(new Set(b.records.map((r) => r.fields.programme)).size).toBe(1);
      for (const r of b.records)
        expect(b.notice.rawText.slice(r.span.start, r.span.end)).toContain(String(r.fields.title));
    }
  });

  it('write through the real import path and read back page by page', async () => {
    const { ledger: l, cleanup } = await tempLedger();
    try {
      for (const b of batches) writeImport(l.db, b.notice, b.records);
      const page = pageRecords(l.db, {
        offset: 0,
        limit: 50,
        sort: { field: 'regionCode', dir: 'asc' },
      });
      expect(page.total).toBe(300);
      expect(page.rows).toHaveLength(50);
      expect(page.rows[0]!.mentions).toHaveLength(1);
    } finally {
      cleanup();
    }
  });
});
