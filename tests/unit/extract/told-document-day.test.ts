/**
 * An undated page whose lead opens with the full day an organ published a document dates what
 * that document decided (extract/told-document-day.ts): each outcome it tells is on that day,
 * while the page itself stays undated. A lead telling of something else, or a page dated of its
 * own, dates no outcome so.
 */
import { describe, expect, it } from 'vitest';
import { toldDocumentDay } from '../../../src/main/core/import/extract/told-document-day';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

const LEAD =
  '2022年10月26日,交通运输部发布了《关于命名江西省贵溪市等3个县(市、区)城乡交通运输一体化示范县的通知》(以下简称《通知》)。' +
  '《通知》命名江西省贵溪市、河南省禹州市、重庆市永川区,共3个县(市、区)城乡交通运输一体化示范县称号。';
const PAGE = [
  '交通运输部命名江西省贵溪市等3个县(市、区)城乡交通运输一体化示范县',
  '联系电话:021-3114 8748',
  LEAD,
  '原文如下:',
  '交通运输部关于命名江西省贵溪市等3个县(市、区)城乡交通运输一体化示范县的通知',
  '各省、自治区、直辖市交通运输厅(局、委):',
  '交通运输部组织开展了延续创建的第一批城乡交通运输一体化示范创建县验收工作。经县级申请、省级交通运输主管部门审核、' +
    '交通运输部验收、社会公示等程序,江西省贵溪市、河南省禹州市、重庆市永川区达到城乡交通运输一体化示范县创建标准,' +
    '决定命名为城乡交通运输一体化示范县。',
].join('\n');

describe('the day an undated page says a document was published', () => {
  it('is read from the lead, past the page’s contact lines', () => {
    expect(toldDocumentDay(keyText(PAGE))).toBe('2022-10-26');
    expect(toldDocumentDay(keyText('标题\n2022年10月26日,某县召开社区治理工作会议。'))).toBeNull();
    expect(
      toldDocumentDay(keyText('标题\n10月26日,交通运输部发布了《关于命名…的通知》。')),
    ).toBeNull();
  });

  it('dates the outcomes the page tells, not the page', () => {
    const { n } = readResolved(PAGE);
    expect(n.metadata.issuedOn).toBeNull();
    expect(n.records.map((r) => r.outcome)).toEqual([
      { status: '已验收', on: '2022-10-26' },
      { status: '已验收', on: '2022-10-26' },
      { status: '已验收', on: '2022-10-26' },
    ]);
  });

  it('leaves a dated page’s outcomes on its own date', () => {
    const { n } = readResolved(`${PAGE}\n交通运输部\n2022年11月2日`);
    expect(n.metadata.issuedOn).toBe('2022-11-02');
    expect(n.records.filter((r) => r.outcome).length).toBeGreaterThan(0);
    expect(n.records.filter((r) => r.outcome?.on)).toEqual([]);
  });
});
