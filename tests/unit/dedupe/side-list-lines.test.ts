/**
 * The dedupe screen's 相关记录 and 已合并 lists name each record on one line. A zone is kept
 * with a blank title, and two entries of one notice merged into one record name that notice
 * twice: neither may show as 「江汉区｜｜…」 or 「出处：a.txt、a.txt」.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../../src/shared/domain';
import { recordLine, sourceFiles } from '../../../src/renderer/src/features/dedupe/labels';

const record = (r: Partial<LedgerRecord>) =>
  ({ regionText: null, title: null, programme: null, mentions: [], ...r }) as LedgerRecord;
const mention = (file: string) => ({ file }) as LedgerRecord['mentions'][number];

describe('a record on one line of the side lists', () => {
  it('goes from the place to the programme when the title is blank or missing', () => {
    const zone = { regionText: '湖北省武汉市江汉区', programme: '省级社区治理和服务创新实验区' };
    expect(recordLine(record({ ...zone, title: '' }))).toBe(
      '湖北省武汉市江汉区｜省级社区治理和服务创新实验区',
    );
    expect(recordLine(record({ ...zone, title: '  ' }))).toBe(
      '湖北省武汉市江汉区｜省级社区治理和服务创新实验区',
    );
    expect(recordLine(record({ ...zone, title: null }))).toBe(
      '湖北省武汉市江汉区｜省级社区治理和服务创新实验区',
    );
  });

  it('keeps a case’s title between its place and programme, and says an unknown place', () => {
    expect(
      recordLine(
        record({
          regionText: '杭州市上城区湖滨街道',
          title: '“湖滨晴雨”工作室',
          programme: '优秀案例',
        }),
      ),
    ).toBe('杭州市上城区湖滨街道｜“湖滨晴雨”工作室｜优秀案例');
    expect(recordLine(record({ regionText: '', title: '某案例' }))).toBe('（地区未知）｜某案例');
    expect(recordLine(null)).toBe('（记录已不在）');
  });

  it('names each notice a kept record came from once', () => {
    const merged = record({
      mentions: [mention('f02.txt'), mention('f02.txt'), mention('g.docx')],
    });
    expect(sourceFiles(merged)).toBe('f02.txt、g.docx');
    expect(sourceFiles(null)).toBe('');
  });
});
