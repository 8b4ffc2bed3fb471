/**
 * A run of entry numbers stated for a list ("入围案例（第001-030号）") counts the list: fewer
 * entries read raise count_mismatch. The same digits as a document number, a date, a building,
 * a phone number or a page count nothing. Composed from invented names.
 */
import { describe, expect, it } from 'vitest';
import { rangeCount } from '../../../src/main/core/import/extract/numbered-range';
import { statedCount } from '../../../src/main/core/import/extract/counts';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

const count = (text: string) => rangeCount(keyText(text).key)?.n ?? null;
const mismatch = (text: string) =>
  readResolved(text).n.warnings.filter((w) => w.code === 'count_mismatch');

describe('a numbered run counts its list', () => {
  it('reads the forms a run is written in', () => {
    expect(count('展示的是第二批候选案例（第001-030号），请投票')).toBe(30);
    expect(count('入围作品(001—030号)')).toBe(30);
    expect(count('候选项目（1-30号）')).toBe(30);
    expect(count('第三批入围案例第031-060号：')).toBe(30);
    expect(statedCount(keyText('本期展示入围案例（第011-025号）').key)).toBe(15);
  });

  it('counts nothing from a document number, a date, a building, a phone or a page', () => {
    for (const text of [
      '根据《青禾县示范村名单》（青政发〔2023〕1-30号）',
      '示范村名单（青政发[2023]1-30号）',
      '示范村名单于2024年5月1-30号公示',
      '示范社区位于青禾路1-30号楼',
      '咨询电话：0571-12345678',
      '示范案例详见第1-30页',
      '示范村名单见第1-30号文件',
    ])
      expect(count(text), text).toBeNull();
  });

  it('says a shortlist cut short, with the count it stated', () => {
    const found = mismatch(
      [
        '青禾省城乡社区典型案例展示',
        '今天向您展示的是第一批初选入围案例（第001-030号），请为您支持的案例投上一票吧！',
        '初选入围案例',
        '青禾市南湖区以议事协商为抓手，推动社区治理提质增效。',
      ].join('\n'),
    );
    expect(found).toMatchObject([{ stated: 30 }]);
  });

  it('counts a list it heads: fewer entries read are said, all of them are not', () => {
    const list = (n: number) =>
      [
        '关于青禾县示范村候选名单的公示',
        '现将示范村候选名单（第001-004号）公示如下：',
        ...['南岭村', '北岭村', '东坡村', '西坡村']
          .slice(0, n)
          .map((v, i) => `${i + 1}.青禾县东坡镇${v}`),
        '公示期为五个工作日。',
      ].join('\n');
    expect(mismatch(list(2))).toMatchObject([{ stated: 4, found: 2 }]);
    expect(mismatch(list(4))).toEqual([]);
  });

  it('raises nothing when the run is a document number or a date', () => {
    expect(
      mismatch(
        [
          '关于公布青禾县示范村名单的通知',
          '根据《青禾县乡村治理办法》（青政发〔2023〕1-30号），经评审，现将名单公布如下：',
          '1.青禾县东坡镇南岭村',
          '2.青禾县东坡镇北岭村',
          '公示期为5月1-30号。',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
