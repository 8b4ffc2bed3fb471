/**
 * A date that cannot be (2月30日, 13月, 0日) gives no issue date and no deadline; the notice
 * says so and points at the words, instead of showing 日期不详 with nothing to say why.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { impossibleDates } from '../../../src/main/core/import/extract/impossible-dates';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { findWarning } from '../../../src/shared/notice-warnings';
import { txtDoc } from './helpers';

const written = (text: string) =>
  impossibleDates(keyText(text)).map((w) => (w.code === 'impossible_date' ? w.written : null));

const NOTICE = [
  '关于确认第四批省级社区治理创新实验区的通知',
  '冀民函〔2023〕9号',
  '1.石家庄市长安区——构建社区议事平台',
  '2.保定市竞秀区——推行小区议事会制度',
  '请于2023年2月29日前提交年度总结。',
  '河北省民政厅',
  '二〇二三年十三月四十日',
].join('\n');

describe('impossible dates', () => {
  it('a notice dated and timed by dates that cannot be says which, where', () => {
    const n = extractNotice(txtDoc(NOTICE), { fileName: 't' });
    expect(n.metadata.issuedOn).toBeNull();
    const ws = n.warnings.filter((w) => w.code === 'impossible_date');
    expect(ws.map((w) => w.message)).toEqual([
      '日期“2023年2月29日”不存在（2023年2月只有28天），未据此读取发文日期或期限，请核对原件',
      '日期“二〇二三年十三月四十日”不存在（没有13月），未据此读取发文日期或期限，请核对原件',
    ]);
    const w = findWarning(n.warnings, 'impossible_date')!;
    expect(NOTICE.slice(w.start, w.end)).toBe('2023年2月29日');
  });

  it('day 0 and month 0 are named as such', () => {
    expect(
      impossibleDates(keyText('于2023年0月5日、2023年5月0日前')).map((w) => w.message),
    ).toEqual([
      '日期“2023年0月5日”不存在（没有0月），未据此读取发文日期或期限，请核对原件',
      '日期“2023年5月0日”不存在（没有0日），未据此读取发文日期或期限，请核对原件',
    ]);
  });

  it('the same slip written twice is said once', () => {
    expect(written('成文日期：2021年2月30日\n河北省民政厅\n2021年2月30日')).toEqual([
      '2021年2月30日',
    ]);
  });

  it('a traditional-script notice is judged on its key and quoted as written', () => {
    expect(written('二〇二一年二月三十號')).toEqual(['二〇二一年二月三十號']);
  });

  it('leaves real dates alone: a leap day, month ends, a year outside the ledger’s range', () => {
    expect(
      written(
        '2024年2月29日 二〇二三年二月二十八日 2023年4月30日 2023年12月31日 1921年7月1日 2000年2月29日',
      ),
    ).toEqual([]);
  });

  it('leaves dotted and dashed numbers alone (sections, versions, serials)', () => {
    expect(written('第2023.13.45条 编号2023-02-30')).toEqual([]);
  });

  it('a valid date keeps its deadline while a slip beside it is reported', () => {
    const n = extractNotice(
      txtDoc(
        [
          '关于开展实验区中期评估工作的通知',
          '民函〔2023〕5号',
          '请各地于2023年6月30日前报送中期评估报告，于2023年6月31日前报送总结。',
          '民政部',
          '2023年3月1日',
        ].join('\n'),
      ),
      { fileName: 't' },
    );
    expect(n.metadata.issuedOn).toBe('2023-03-01');
    expect(n.warnings.filter((w) => w.code === 'impossible_date').map((w) => w.message)).toEqual([
      '日期“2023年6月31日”不存在（2023年6月只有30天），未据此读取发文日期或期限，请核对原件',
    ]);
  });
});
