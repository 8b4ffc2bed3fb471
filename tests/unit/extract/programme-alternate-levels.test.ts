/**
 * A county's honour names the other county-level kinds it covers in brackets after the unit
 * (示范县（市、区、旗）, 试点县（市、区）): the bracket belongs to the programme's name.
 */
import { describe, expect, it } from 'vitest';
import { norm, readResolved } from './helpers';

describe('the county-level kinds bracketed after a programme’s unit', () => {
  it('keeps 县（市、区、旗） in the name of a demonstration programme', () => {
    const { n } = readResolved(
      [
        '我省5个县（区）获命名',
        '记者日前从省民政厅获悉，民政部近日命名120个全国儿童关爱示范县（市、区、旗），我省桐乡市、嘉善县、海盐县、平湖市、海宁市5个县（市）获命名。',
      ].join('\n'),
    );
    expect(norm(n.metadata.programme)).toBe(norm('全国儿童关爱示范县（市、区、旗）'));
  });

  it('keeps 县（市、区） in the name of a pilot programme', () => {
    const { n } = readResolved(
      [
        '全省儿童关爱试点县（市、区）名单公示',
        '10月9日，全省儿童关爱试点县（市、区）拟确定名单公示，嘉善县、海盐县名列其中。',
      ].join('\n'),
    );
    expect(norm(n.metadata.programme)).toContain(norm('儿童关爱试点县（市、区）'));
  });
});
