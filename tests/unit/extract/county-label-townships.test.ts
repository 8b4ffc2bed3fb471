/**
 * Townships after a county's label under a counted city heading ("郑州市(30个)" / "登封市:大冶镇、
 * 徐庄镇…"): read inside the label's county, a name many counties share included; a street
 * written with its office word is the street; after 、 a name starting with 和 keeps it (和庄镇),
 * while after a comma 和 still joins the last entry on.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (...lines: string[]) =>
  ['河南省科协关于命名2015年度河南省科普示范乡(镇)的通知', '附件', ...lines].join('\n');

describe('townships after a county label', () => {
  it('a county-level city’s townships under a counted city heading are its entries', () => {
    const { n, codes } = readResolved(
      notice(
        '郑州市(30个)',
        '登封市:大冶镇、徐庄镇、唐庄乡',
        '开封市(12个)',
        '杞县:五里河镇、傅集镇',
      ),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '大冶镇',
      '徐庄镇',
      '唐庄乡',
      '五里河镇',
      '傅集镇',
    ]);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual([
      '410185',
      '410185',
      '410185',
      '410221',
      '410221',
    ]);
  });

  it('a street written with its office word is the street, no organ dropped from the list', () => {
    const { codes } = readResolved(
      notice('郑州市(30个)', '新郑市:新华路街道办事处、辛店镇、新村镇'),
    );
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['410184', '410184', '410184']);
  });

  it('after 、 a township whose name starts with 和 keeps it', () => {
    const { n } = readResolved(notice('郑州市', '新郑市:辛店镇、新村镇、城关乡、和庄镇'));
    expect(n.records.map((r) => r.regionText)).toContain('和庄镇');
    expect(n.records.map((r) => r.regionText)).not.toContain('庄镇');
  });

  it('a township doing something after a label is no entry read inside it', () => {
    const { n } = readResolved(
      notice(
        '郑州市(30个)',
        '登封市:大冶镇、徐庄镇',
        '新郑市:新华路街道办事处主任带队检查、辛店镇组织科普宣传',
      ),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['大冶镇', '徐庄镇']);
  });
});
