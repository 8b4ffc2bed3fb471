/**
 * Who a deadline is for, as 期限, the reminder and the calendar name it: a notice without a
 * title or 文号 is named by its sender and date, else its file — never （通知）, which no clerk
 * can place among five imports.
 */
import { describe, expect, it } from 'vitest';
import { deadlineWho, type DeadlineItem } from '../../../src/shared/schedule';

type Who = Pick<DeadlineItem, 'record' | 'notice'>;
const ofNotice = (n: Partial<NonNullable<DeadlineItem['notice']>>): Who => ({
  record: null,
  notice: { title: null, docNo: null, ...n },
});

describe('a deadline’s unit', () => {
  it('is its notice’s sender and date when the notice has no title or 文号', () => {
    const n = { issuer: '湖北省民政厅', issuedOn: '2021-09-01', file: '附件2.docx' };
    expect(deadlineWho(ofNotice(n))).toBe('湖北省民政厅 2021-09-01 通知');
  });

  it('is its file, without the extension, when no sender is known either', () => {
    expect(deadlineWho(ofNotice({ issuedOn: '2021-09-01', file: '申报通知.docx' }))).toBe(
      '《申报通知》',
    );
    expect(deadlineWho(ofNotice({ issuedOn: '2021-09-01' }))).toBe('2021-09-01 通知');
    expect(deadlineWho(ofNotice({}))).toBeNull();
  });

  it('is its first line, as the notices list names it, before its file or a lone sender', () => {
    const head = {
      firstLine: '大悟县全面推进基层政务公开标准化规范化工作方案',
      file: '004_b70.txt',
    };
    expect(deadlineWho(ofNotice(head))).toBe('《大悟县全面推进基层政务公开标准化规范化工作方案》');
    expect(deadlineWho(ofNotice({ ...head, issuer: '大悟县人民政府' }))).toBe(
      '《大悟县全面推进基层政务公开标准化规范化工作方案》',
    );
    // sender and date name it first, as in the notices list; a blank first line is none
    const sent = { issuer: '大悟县人民政府', issuedOn: '2021-09-01' };
    expect(deadlineWho(ofNotice({ ...head, ...sent }))).toBe('大悟县人民政府 2021-09-01 通知');
    expect(deadlineWho(ofNotice({ firstLine: ' ', file: '申报通知.docx' }))).toBe('《申报通知》');
  });

  it('is still the 文号, the title, or the record’s place when they are known', () => {
    const known = { issuer: '湖北省民政厅', file: 'a.docx' };
    expect(deadlineWho(ofNotice({ ...known, docNo: '鄂民政函〔2021〕8号', title: 'T' }))).toBe(
      '鄂民政函〔2021〕8号',
    );
    expect(deadlineWho(ofNotice({ ...known, title: '关于申报的通知' }))).toBe('关于申报的通知');
    // A blank title is no title.
    expect(deadlineWho(ofNotice({ ...known, title: '  ' }))).toBe('湖北省民政厅 通知');
    const record = {
      kind: 'zone' as const,
      regionText: '襄阳市襄州区',
      place: null,
      regionCode: '420607',
      unit: null,
      title: null,
      programme: null,
    };
    expect(deadlineWho({ record, notice: { title: null, docNo: null, file: 'a.docx' } })).toBe(
      '襄阳市襄州区',
    );
  });
});
