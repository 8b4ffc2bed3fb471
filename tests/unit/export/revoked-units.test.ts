/**
 * A revoked unit in a Word export is never printed as if it were current: its name ends in
 * （已撤销）, or it is left out when asked and the plan says how many.
 */
import { describe, expect, it } from 'vitest';
import { buildCaseCompilation } from '../../../src/main/core/export/case-compilation';
import { planExport } from '../../../src/main/core/export/export-plan';
import { buildListDocument } from '../../../src/main/core/export/list-document';
import type { LedgerRecord } from '../../../src/shared/domain';
import { makeRecord } from '../../fixtures/export/sample-records';
import { tableRows, zipPart } from './docx-parts';

const zone = (county: string, city: string, code: string, status: string | null) =>
  makeRecord({
    province: '江苏省',
    city,
    county,
    regionText: county,
    regionCode: code,
    title: `${county}社区协商`,
    status,
  });

const zones: LedgerRecord[] = [
  zone('鼓楼区', '南京市', '320106', '实验中'),
  zone('姑苏区', '苏州市', '320508', '已撤销'),
  zone('海安市', '南通市', '320685', '已摘牌'),
];

const unitsOf = async (docx: Buffer) =>
  tableRows(await zipPart(docx, 'word/document.xml'))
    .slice(1)
    .map((r) => r.split('|')[1]);

describe('revoked units in a Word export', () => {
  it('a list marks each revoked unit （已撤销） after its name; a current one is printed as it is', async () => {
    const units = await unitsOf(await buildListDocument(zones, { kind: 'zone', title: 't' }));
    expect(units).toEqual([
      '江苏省南京市鼓楼区',
      '江苏省苏州市姑苏区（已撤销）',
      '江苏省海安市（已撤销）',
    ]);
  });

  it('an other-list marks its naming column, the first after 序号', async () => {
    const others = zones.map((z) => ({ ...z, kind: 'other' as const }));
    const rows = tableRows(
      await zipPart(
        await buildListDocument(others, { kind: 'other', title: 't', columns: ['title'] }),
        'word/document.xml',
      ),
    ).slice(1);
    expect(rows.map((r) => r.split('|')[1])).toEqual([
      '鼓楼区社区协商',
      '姑苏区社区协商（已撤销）',
      '海安市社区协商（已撤销）',
    ]);
  });

  it('left out when asked: the plan counts them, and only a Word document leaves them out', () => {
    const marked = planExport(zones, { format: 'docx', kind: 'zone' });
    expect(marked.records).toHaveLength(3);
    expect(marked.revoked).toBe(2);
    expect(marked.revokedLeftOut).toBe(0);
    const omitted = planExport(zones, { format: 'docx', kind: 'zone', revoked: 'omit' });
    expect(omitted.records.map((r) => r.county)).toEqual(['鼓楼区']);
    expect(omitted.revokedLeftOut).toBe(2);
    // The workbook's status column says it: every record stays.
    expect(planExport(zones, { format: 'xlsx', revoked: 'omit' }).records).toHaveLength(3);
  });

  it('a compilation heads a revoked case with the mark too', async () => {
    const cases = zones.map((z) => ({ ...z, kind: 'case' as const, content: '做法。' }));
    const xml = await zipPart(
      await buildCaseCompilation(cases, { title: '案例汇编' }),
      'word/document.xml',
    );
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('姑苏区社区协商（已撤销）');
    expect(text).not.toContain('鼓楼区社区协商（已撤销）');
  });
});
