/**
 * A table of honoured projects whose unit column names some units under their city's short
 * name (某州某某服务中心, 某州某某护理院): each lies in that city, and none is reported as a place
 * the division list could not read.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { buildNotice } from '../../support/unseen';
import type { NoticeSpec } from '../../support/unseen/spec';

const SPEC: NoticeSpec = {
  format: 'docx',
  title: '关于表彰2018年度养老服务创新项目的通报',
  blocks: [
    { p: '各县区民政局：' },
    { p: '经申报、评审，决定对以下3个养老服务创新项目予以表彰。' },
    {
      table: [
        ['序号', '申报单位', '项目名称'],
        ['1', '涟水县民政局', '邻里守望互助养老'],
        ['2', '淮安明德养老服务中心', '银龄食堂进社区'],
        ['3', '淮安康宁老年护理院', '失能老人助浴到家'],
      ],
    },
    { p: '2018年12月20日' },
  ],
};

describe('units written under their city’s short name in a table', () => {
  it('places each in its city and reports none unread', async () => {
    const file = await buildNotice('short-city-units', SPEC);
    const doc = await readNotice(file.name, file.bytes);
    const n = extractNotice(doc, { fileName: file.name, regions: gazetteerRegionLookup() });
    const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
    expect(n.records.map((r) => r.title)).toEqual([
      '邻里守望互助养老',
      '银龄食堂进社区',
      '失能老人助浴到家',
    ]);
    expect(codes).toEqual(['320826', '320800', '320800']);
    expect(n.warnings.map((w) => w.code)).not.toContain('region_unresolved');
  });
});
