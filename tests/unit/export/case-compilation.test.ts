import { describe, expect, it } from 'vitest';
import { buildCaseCompilation, caseHeading } from '../../../src/main/core/export/case-compilation';
import { chineseNumeral } from '../../../src/main/core/export/chinese-numerals';
import { makeRecord, sampleZones } from '../../fixtures/export/sample-records';
import { zipPart } from './docx-parts';

describe('buildCaseCompilation', () => {
  it('writes 一、二、… headings in 黑体 3号 and indented 仿宋 3号 paragraphs, in official order', async () => {
    const cases = [
      makeRecord({
        kind: 'case',
        regionText: '上海市静安区',
        unitCode: '310106',
        title: '打造社区生活圈',
        content: '第一段。\n\n第二段。',
      }),
      makeRecord({
        kind: 'case',
        regionText: '北京市石景山区',
        unitCode: '110107',
        title: '老街坊议事会',
        content: '只有一段。',
      }),
    ];
    const doc = await zipPart(
      await buildCaseCompilation(cases, { title: '典型案例汇编' }),
      'word/document.xml',
    );
    const paragraphs = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const texts = paragraphs.map((p) =>
      [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    expect(texts).toEqual([
      '典型案例汇编',
      '',
      '一、北京市石景山区：老街坊议事会',
      '只有一段。',
      '二、上海市静安区：打造社区生活圈',
      '第一段。',
      '第二段。',
    ]);
    const heading = paragraphs[2] ?? '';
    expect(heading).toContain('w:eastAsia="黑体"');
    expect(heading).toContain('<w:sz w:val="32"/>');
    expect(heading).toContain('<w:ind w:firstLine="640"/>');
    const body = paragraphs[3] ?? '';
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('<w:ind w:firstLine="640"/>');
    // No negative letter spacing: LibreOffice drops line-end punctuation with it.
    expect(doc).not.toMatch(/<w:spacing w:val="-/);
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('does not repeat a unit the title already starts with', () => {
    const r = makeRecord({
      regionText: '南京市栖霞区马群街道',
      title: '南京市栖霞区马群街道——推进社区协商',
    });
    expect(caseHeading(r, 12)).toBe('十二、南京市栖霞区马群街道——推进社区协商');
    expect(caseHeading(sampleZones()[1] ?? makeRecord({}), 1)).toBe(
      '一、北京市石景山区：以“老街坊”议事会推进居民协商',
    );
  });

  it('numbers headings the Chinese way', () => {
    expect([1, 10, 11, 20, 23, 100, 101, 110].map(chineseNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十三',
      '一百',
      '一百零一',
      '一百一十',
    ]);
  });

  const three = () => [
    makeRecord({ kind: 'case', regionText: '北京市朝阳区', unitCode: '110105', title: '甲' }),
    makeRecord({
      kind: 'case',
      regionText: '上海市浦东新区',
      unitCode: '310115',
      title: '乙',
      content: '写了材料。',
    }),
    makeRecord({ kind: 'case', regionText: '四川省汉源县', unitCode: '511823', title: '丙' }),
  ];
  const texts = (doc: string) =>
    [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );

  it('marks cases without a write-up （材料待补）, or leaves them out by choice', async () => {
    const marked = await zipPart(
      await buildCaseCompilation(three(), { title: '汇编' }),
      'word/document.xml',
    );
    expect(texts(marked).slice(2)).toEqual([
      '一、北京市朝阳区：甲',
      '（材料待补）',
      '二、上海市浦东新区：乙',
      '写了材料。',
      '三、四川省汉源县：丙',
      '（材料待补）',
    ]);
    const omitted = await zipPart(
      await buildCaseCompilation(three(), { title: '汇编', missingWriteups: 'omit' }),
      'word/document.xml',
    );
    expect(texts(omitted).slice(2)).toEqual(['一、上海市浦东新区：乙', '写了材料。']);
  });

  it('keeps each heading with its own next paragraph only: never a chain of headings', async () => {
    const doc = await zipPart(
      await buildCaseCompilation(three(), { title: '汇编' }),
      'word/document.xml',
    );
    const paragraphs = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).slice(2);
    paragraphs.forEach((p, i) => {
      const isHeading = p.includes('w:eastAsia="黑体"');
      expect(p.includes('<w:keepNext/>')).toBe(isHeading);
      // What follows a heading is never another heading.
      if (isHeading) expect(paragraphs[i + 1]).not.toContain('w:eastAsia="黑体"');
    });
  });

  it('can open with a 目录 whose page numbers are written in (PAGEREF with a result)', async () => {
    const doc = await zipPart(
      await buildCaseCompilation(three(), { title: '汇编', contents: true }),
      'word/document.xml',
    );
    expect(doc).toContain('目　录');
    const refs = [
      ...doc.matchAll(/PAGEREF (case\d+)[\s\S]*?separate"\/>[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/g),
    ];
    expect(refs.map((r) => r[1])).toEqual(['case1', 'case2', 'case3']);
    expect(refs.every((r) => Number(r[2]) >= 1)).toBe(true);
    expect(doc).toMatch(/<w:bookmarkStart w:name="case1"/);
  });
});
