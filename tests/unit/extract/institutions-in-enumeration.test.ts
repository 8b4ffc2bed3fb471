/**
 * Pilot areas and pilot units run together with no province label ("甲区、某省某某医院" on a news
 * item's lines, or one sentence closing on "…某市某某中心入选"): an institution's whole name
 * after an enumeration mark is an entry at the place it opens with, not that place doing
 * something that ends the list. Government organs stay what prose names them for.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = [
  '两省多地多单位入选养老服务改革试点',
  '本报讯 记者日前从民政部门获悉，一批养老服务改革试点地区和单位已经确定。',
];

function entries(text: string): string[] {
  return readResolved(text).n.records.map((r) => `${r.regionText ?? ''}|${r.unit ?? ''}`);
}

describe('institutions among the places of an enumeration', () => {
  it('reads lines of places and institutions with no label', () => {
    const got = entries(
      [
        ...HEAD,
        '其中：',
        '石家庄市长安区、河北省康复医院、河北省第一荣军休养院',
        '太原市小店区、山西省社会福利院',
      ].join('\n'),
    );
    expect(got).toEqual([
      '石家庄市长安区|',
      '河北省|河北省康复医院',
      '河北省|河北省第一荣军休养院',
      '太原市小店区|',
      '山西省|山西省社会福利院',
    ]);
  });

  it('reads a sentence whose last institution closes the run with its verb', () => {
    const got = entries(
      [
        ...HEAD.slice(0, 1),
        '记者日前获悉，石家庄市长安区、河北省康复医院、太原市小店区、山西省救助管理站入选。',
      ].join('\n'),
    );
    expect(got).toEqual([
      '石家庄市长安区|',
      '河北省|河北省康复医院',
      '太原市小店区|',
      '山西省|山西省救助管理站',
    ]);
  });

  it('leaves an organ in running prose a mention', () => {
    const got = entries(
      [...HEAD.slice(0, 1), '石家庄市长安区、太原市小店区、山西省民政厅参加了交流。'].join('\n'),
    );
    expect(got.some((g) => g.includes('民政厅'))).toBe(false);
  });
});
