import { describe, expect, it } from 'vitest';
import { buildApprovalAttachment } from '../../../src/main/core/export/approval-attachment';
import { sampleZones } from '../../fixtures/export/sample-records';
import { tableRows, zipPart, zipParts } from './docx-parts';

const title = '全国社区治理和服务创新实验区名单';

describe('buildApprovalAttachment (GB/T 9704 attachment)', async () => {
  const docx = await buildApprovalAttachment(sampleZones(), { attachmentNo: 2, title });
  const doc = await zipPart(docx, 'word/document.xml');

  it('is A4 with the standard margins, in twips rounded like Word', () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('has a 22-line grid (28.95 pt pitch)', () => {
    expect(doc).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
  });

  it('starts with 附件N in 黑体 flush left, then the title in 小标宋 centred on line 3', () => {
    const paragraphs = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).slice(0, 4);
    expect(paragraphs[0]).toContain('<w:jc w:val="left"/>');
    expect(paragraphs[0]).toContain('w:eastAsia="黑体"');
    expect(paragraphs[0]).toContain('<w:sz w:val="32"/>');
    expect(paragraphs[0]).toContain('>附件2</w:t>');
    expect(paragraphs[1]).not.toContain('<w:t');
    expect(paragraphs[2]).toContain('<w:jc w:val="center"/>');
    expect(paragraphs[2]).toContain('w:eastAsia="方正小标宋简体"');
    expect(paragraphs[2]).toContain('<w:sz w:val="44"/>');
    expect(paragraphs[2]).toContain(`>${title}</w:t>`);
  });

  it('sets East Asian fonts in w:rFonts: 仿宋_GB2312 body, 黑体 header', () => {
    expect(doc).toContain('w:eastAsia="仿宋_GB2312"');
    const header = tableRows(doc)[0];
    expect(header).toBe('序号|实验单位|实验主题|实验内容');
    const headerXml = /<w:tr>[\s\S]*?<\/w:tr>/.exec(doc)?.[0] ?? '';
    expect(headerXml).toContain('w:eastAsia="黑体"');
    expect(headerXml).toContain('<w:sz w:val="28"/>');
  });

  it('repeats the header row, keeps short rows whole, and uses a fixed 156 mm grid with thin borders', () => {
    const headerXml = /<w:tr>[\s\S]*?<\/w:tr>/.exec(doc)?.[0] ?? '';
    expect(headerXml).toMatch(/<w:trPr>.*<w:tblHeader\/>.*<\/w:trPr>/);
    // These rows are a few lines each: none may split (a tall row may, see list-table tests).
    expect((doc.match(/<w:cantSplit\/>/g) ?? []).length).toBe(tableRows(doc).length);
    const grid = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(4);
    expect(grid.reduce((s, w) => s + w, 0)).toBe(8845);
    expect(doc).toContain('<w:tblLayout w:type="fixed"/>');
    expect(doc).toMatch(/<w:tblBorders><w:top w:val="single" w:color="000000" w:sz="4"\/>/);
  });

  it('stops table text snapping to the line grid', () => {
    const firstBody = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)?.[0] ?? '';
    expect(firstBody).toContain('<w:pPr><w:snapToGrid w:val="0"/><w:spacing ');
  });

  it('lists rows in official order: 北京 … 新疆, 兵团, then uncoded', () => {
    const units = tableRows(doc)
      .slice(1)
      .map((r) => r.split('|')[1]);
    expect(units).toEqual([
      '北京市石景山区',
      '天津市和平区',
      '辽宁省沈阳市沈河区',
      '上海市静安区',
      '江苏省南京市栖霞区',
      '浙江省杭州市上城区',
      '安徽省合肥市包河区',
      '山东省青岛市市北区',
      '湖北省武汉市江汉区',
      '广东省深圳市南山区',
      '重庆市渝中区',
      '四川省成都市武侯区',
      '新疆生产建设兵团第八师石河子市',
      '某新区管委会',
    ]);
    expect(
      tableRows(doc)
        .slice(1)
        .map((r) => r.split('|')[0]),
    ).toEqual(units.map((_, i) => String(i + 1)));
  });

  it('puts "— N —" page numbers in odd (right) and even (left) footers, 4号宋体', async () => {
    const settings = await zipPart(docx, 'word/settings.xml');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(doc).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
    expect(doc).toMatch(/<w:footerReference w:type="even" r:id="[^"]+"\/>/);
    const footers = Object.values(await zipParts(docx, 'word/footer'));
    expect(footers).toHaveLength(2);
    const right = footers.find((f) => f.includes('<w:jc w:val="right"/>'));
    const left = footers.find((f) => f.includes('<w:jc w:val="left"/>'));
    expect(right).toContain('<w:ind w:right="280"/>');
    expect(left).toContain('<w:ind w:left="280"/>');
    for (const f of [right, left]) {
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(f).toContain('— </w:t>');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
  });

  it('takes other font names, and "附件" without a number', async () => {
    const other = await buildApprovalAttachment(sampleZones().slice(0, 2), {
      title,
      fonts: { fangsong: '仿宋', xiaobiaosong: '华文中宋' },
    });
    const xml = await zipPart(other, 'word/document.xml');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).not.toContain('仿宋_GB2312');
    expect(xml).toContain('w:eastAsia="华文中宋"');
    expect(xml).toContain('>附件</w:t>');
  });

  it('keeps the input order when asked', async () => {
    const zones = sampleZones().slice(0, 3);
    const xml = await zipPart(
      await buildApprovalAttachment(zones, { title, order: 'asGiven' }),
      'word/document.xml',
    );
    expect(
      tableRows(xml)
        .slice(1)
        .map((r) => r.split('|')[1]),
    ).toEqual(zones.map((z) => z.regionText));
  });
});
