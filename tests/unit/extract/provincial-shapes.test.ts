/**
 * Notices composed in the shapes provincial and city offices use
 * (tests/fixtures/extract/provincial): an acceptance result with grades in prose, a city's
 * list grouped by district with townships alone on each line, a province's numbered list
 * grouped by city with districts alone, a visit's news report, an extension, a revocation,
 * and a list of observation points labelled by city. Read with the gazetteer, as the
 * importer does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, readResolved } from './helpers';

const read = (name: string) =>
  readResolved(readFileSync(path.join(fixturesDir, 'provincial', name), 'utf8'), name);

describe('notices after a confirmation', () => {
  it('an acceptance result: each group’s grade, a failure, and never a status in a title', () => {
    const { n, codes } = read('acceptance-grades-prose.txt');
    expect(n.metadata.role).toBe('acceptance');
    expect(codes).toEqual(['320106', '320213', '320508', '320303', '320402', '320812']);
    expect(n.records.map((r) => [r.outcome?.status, r.outcome?.grade ?? null])).toEqual([
      ['已验收', '优秀'],
      ['已验收', '优秀'],
      ['已验收', '优秀'],
      ['已验收', '合格'],
      ['已验收', '合格'],
      ['未通过', null],
    ]);
    expect(n.records.every((r) => r.kind === 'zone' && r.title === '')).toBe(true);
  });

  it('a city’s list grouped by district, townships alone on their lines', () => {
    const { n, codes } = read('county-groups-township-lines.txt');
    expect(codes).toEqual(['350102', '350102', '350102', '350102', '350103', '350103']);
    expect(n.records[0]).toMatchObject({ regionText: '华大街道', title: '“邻里守望”互助服务' });
    // 15 stated, 6 listed: said, with where.
    expect(n.warnings.find((w) => w.code === 'count_mismatch')).toMatchObject({
      stated: 15,
      found: 6,
    });
    // 如有异议，请于9月7日前…反映 closes the window stated before it: the public's, no deadline.
    const kinds = n.rules.map((r) => r.kind);
    expect(kinds).toContain('objection_window');
    expect(kinds).not.toContain('deadline');
  });

  it('a numbered list grouped by city: districts alone are read inside their city', () => {
    const { n, codes } = read('city-groups-numbered.txt');
    expect(codes).toEqual(['350102', '350103', '350104', '350203', '350206']);
    expect(n.records.every((r) => r.kind === 'case')).toBe(true);
    expect(n.warnings.filter((w) => w.code === 'count_mismatch')).toEqual([]);
  });

  it('a table’s category rows that name a province: its rows lie there, the item before does not decide', () => {
    const { n, codes } = read('table-province-category-rows.txt');
    expect(n.records.map((r) => r.regionContext?.province)).toEqual(['江苏省', '江苏省', '福建省']);
    // 鼓楼区 is in two cities of 江苏 (said by the resolver), and in one of 福建.
    expect(codes).toEqual([null, '320115', '350102']);
  });

  it('a visit’s report: places visited are no records, units that joined a programme are', () => {
    const { n } = read('news-visit.txt');
    expect(n.metadata.role).toBe('news');
    expect(n.records.map((r) => r.regionText)).toEqual(['鼓楼区', '台江区']);
  });

  it('an extension and a revocation state the outcome of each unit', () => {
    const ext = read('extension.txt').n;
    expect(ext.metadata.role).toBe('extension');
    expect(ext.records.map((r) => r.outcome)).toEqual([
      { status: '已延期', until: '2023-12' },
      { status: '已延期', until: '2023-12' },
    ]);
    const rev = read('revocation.txt').n;
    expect(rev.metadata.role).toBe('revocation');
    expect(rev.records.map((r) => [r.regionText, r.outcome?.status])).toEqual([
      ['徐州市云龙区', '已撤销'],
      ['常州市天宁区', '已撤销'],
    ]);
  });

  it('an extension table: the new end is the outcome, the old period is no title', () => {
    const { n } = read('extension-table.txt');
    expect(n.metadata.role).toBe('extension');
    expect(n.records.map((r) => [r.title, r.outcome])).toEqual([
      ['', { status: '已延期', until: '2022-03' }],
      ['', { status: '已延期', until: '2022-06' }],
    ]);
  });

  it('observation points labelled by city, with their period and yearly summary', () => {
    const { n, codes } = read('observation-city-labels.txt');
    expect(n.records.every((r) => r.kind === 'observation')).toBe(true);
    expect(codes).toEqual(['330102', '330105', '330106', '330203', '330205', '330302']);
    expect(n.rules.map((r) => [r.kind, r.params])).toEqual(
      expect.arrayContaining([
        ['range', { from: '2023-07', to: '2025-06' }],
        ['annual_summary', expect.objectContaining({ month: 12, day: 31 })],
      ]),
    );
  });
});
