import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { parseDocumentXml } from '../../../src/main/core/import/readers/docx-body';
import {
  layoutWrappedDocx,
  NOTICE_TITLE,
  observationNoticeDocx,
} from '../../support/fixtures/docx-fixtures';
import { expectConsistent } from './consistency';

describe('docx reader', () => {
  it('reads paragraphs in order and the list table as a full grid with merged cells repeated', async () => {
    const doc = await readNotice('观察点通知.docx', await observationNoticeDocx());
    expect(doc.format).toBe('docx');
    expectConsistent(doc);
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe(NOTICE_TITLE);
    expect(lines).toContain('各设区市民政局：'); // soft break splits the line
    expect(lines).toContain('经各地推荐、专家评审，确认以下单位为首批观察点。');
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['序号', '所属地市', '观察点', '观察重点'],
      ['一、街道（乡镇）类', '一、街道（乡镇）类', '一、街道（乡镇）类', '一、街道（乡镇）类'],
      ['1', '临江市', '临江市东湖区柳岸街道', '老旧小区协商议事'],
      ['2', '临江市', '临江市西陵县青石镇', '网格服务 积分激励'],
      ['3', '宁川市', '宁川市北塘区', '社区工作者职业体系'],
    ]);
    expect(doc.text).toContain('2\t临江市\t临江市西陵县青石镇\t网格服务 积分激励\n');
    expect(lines[lines.length - 1]).toBe('观察期为两年，请于每年11月15日前报送年度观察报告。');
    expect(doc.hints?.title).toBe(NOTICE_TITLE);
    expect(doc.hints?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('unwraps a one-cell layout table and keeps the nested data table as a table', async () => {
    const doc = await readNotice('案例.docx', await layoutWrappedDocx());
    expectConsistent(doc);
    expect(doc.text).toBe(
      '正文开头\n附件：典型案例清单\n地区\t案例\n海州区\t“楼栋议事会”推动小区自治\n（共1个）',
    );
  });

  it('skips deleted revisions, field codes and text-box fallbacks; honours gridBefore and tabs', () => {
    const xml = `<w:document xmlns:w="w" xmlns:mc="mc"><w:body>
      <w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>
        <w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:tab/><w:t>链接文字</w:t></w:r></w:p>
      <w:p><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Choice>
        <mc:Fallback><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
    </w:body></w:document>`;
    expect(parseDocumentXml(xml)).toEqual([
      { kind: 'para', text: '保留\t链接文字' },
      { kind: 'para', text: '文本框' },
      { kind: 'blank' },
      {
        kind: 'table',
        rows: [
          ['甲', '乙'],
          ['', '丙'],
        ],
      },
    ]);
  });

  it('survives thousands of nested tables without overflowing the stack', () => {
    const depth = 5000;
    const xml =
      '<w:document xmlns:w="w"><w:body>' +
      '<w:tbl><w:tr><w:tc>'.repeat(depth) +
      '<w:p><w:r><w:t>最深处</w:t></w:r></w:p>' +
      '</w:tc></w:tr></w:tbl>'.repeat(depth) +
      '</w:body></w:document>';
    expect(parseDocumentXml(xml)).toEqual([{ kind: 'para', text: '最深处' }]);
  });
});
