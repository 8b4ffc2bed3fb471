/**
 * The 版记 of a Word export (GB/T 9704 §7.4): the 印发机关 and the date with 印发 on one line
 * between two rules, after the list or compilation, when the export page gives the office;
 * none without it (the page warns first).
 */
import { describe, expect, it } from 'vitest';
import { buildCaseCompilation } from '../../../src/main/core/export/case-compilation';
import { imprintDate } from '../../../src/main/core/export/imprint';
import { buildListDocument } from '../../../src/main/core/export/list-document';
import { TEXT_WIDTH } from '../../../src/main/core/export/page-setup';
import { makeRecord } from '../../fixtures/export/sample-records';
import { zipPart } from './docx-parts';

const zones = [
  makeRecord({ province: '江苏省', city: '南京市', county: '雨花台区', regionCode: '320114' }),
];
const imprint = { unit: '江苏省民政厅基层政权建设和社区治理处', date: '2026-12-06' };
const texts = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);

describe('版记: 印发机关 and 印发日期', () => {
  it('the date in Arabic numerals with no leading zero, then 印发', () => {
    expect(imprintDate('2026-12-06')).toBe('2026年12月6日印发');
    expect(imprintDate('2027-01-15')).toBe('2027年1月15日印发');
  });

  it('a Word list ends with the office and the date, between two rules, after its table', async () => {
    for (const streamRows of [true, false]) {
      const xml = await zipPart(
        await buildListDocument(zones, { kind: 'zone', title: '名单', imprint, streamRows }),
        'word/document.xml',
      );
      const t = texts(xml);
      expect(t.slice(-2)).toEqual([imprint.unit, '2026年12月6日印发']);
      const line = /<w:p>(?:(?!<\/w:p>)[\s\S])*2026年12月6日印发[\s\S]*?<\/w:p>/.exec(xml)![0];
      expect(line).toMatch(/<w:top w:val="single"/);
      expect(line).toMatch(/<w:bottom w:val="single"/);
      expect(line).toMatch(/<w:tab w:val="right"/);
      expect(line).toMatch(/<w:tab\/>/);
      expect(xml.lastIndexOf('</w:tbl>')).toBeLessThan(xml.indexOf('印发'));
    }
  });

  it('sits on the foot of the last page: framed at the bottom of the text block, not after the body', async () => {
    // GB/T 9704 §7.4.1: the last rule on the bottom edge of the 版心 of the last page. A line
    // after a five-row list sat mid-page.
    const xml = await zipPart(
      await buildListDocument(zones, { kind: 'zone', title: '名单', imprint }),
      'word/document.xml',
    );
    const line = /<w:p>(?:(?!<\/w:p>)[\s\S])*2026年12月6日印发[\s\S]*?<\/w:p>/.exec(xml)![0];
    const frame = /<w:framePr [^>]*\/>/.exec(line)?.[0] ?? '';
    expect(frame).toContain('w:vAnchor="margin"');
    expect(frame).toContain('w:yAlign="bottom"');
    expect(frame).toContain('w:hAnchor="margin"');
    expect(frame).toContain(`w:w="${TEXT_WIDTH}"`);
    // text wraps around it: kept off (notBeside), LibreOffice pushed a full one-page table away
    expect(frame).toContain('w:wrap="around"');
    // then an ordinary paragraph closes the body
    const after = xml.slice(xml.indexOf(line) + line.length, xml.indexOf('<w:sectPr'));
    expect(after).toMatch(/^<w:p>/);
    expect(after).not.toContain('framePr');
  });

  it('a streamed list with its 版记 writes the document.xml a whole build writes', async () => {
    const opts = { kind: 'zone' as const, title: '名单', imprint };
    const build = async (streamRows: boolean) =>
      zipPart(await buildListDocument(zones, { ...opts, streamRows }), 'word/document.xml');
    expect(await build(true)).toBe(await build(false));
  });

  it('a compilation ends with it too', async () => {
    const cases = [{ ...zones[0]!, kind: 'case' as const, content: '材料。' }];
    const xml = await zipPart(
      await buildCaseCompilation(cases, { title: '汇编', imprint }),
      'word/document.xml',
    );
    expect(texts(xml).at(-1)).toBe('2026年12月6日印发');
  });

  it('no office, no 版记', async () => {
    const xml = await zipPart(
      await buildListDocument(zones, { kind: 'zone', title: '名单' }),
      'word/document.xml',
    );
    expect(xml).not.toContain('印发');
  });
});
