/**
 * Words about the units in a programme's phrase: a naming's count and levels before the title it
 * confers (命名某市等8个县(市、区)城乡…示范县) and a creation list's creating word
 * (…示范创建县): neither is the programme's name, so the creation list, its naming and the
 * pages retelling them share one programme. Controls: a level word of the name itself (县级…)
 * stays, and a creating word that is not the units' (…创建示范县, 创建…工作) is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { programmeIn } from '../../../src/main/core/import/extract/programme';
import {
  titleCreatedToward,
  withoutCountedLevels,
} from '../../../src/main/core/import/extract/programme-unit-words';

describe('the units’ words in a programme phrase', () => {
  it('reads a creation list under the title its units build toward', () => {
    expect(programmeIn('第二批城乡交通运输一体化示范创建县公示名单', null)).toMatchObject({
      name: '城乡交通运输一体化示范县',
      batch: '第二批',
    });
    expect(titleCreatedToward('某某示范创建城市')).toBe('某某示范城市');
  });

  it('cuts a naming’s count of units and their levels', () => {
    expect(
      programmeIn('关于命名江西省贵溪市等8个县(市、区)城乡交通运输一体化示范县的通知', null)?.name,
    ).toBe('城乡交通运输一体化示范县');
  });

  it('leaves the name’s own words alone', () => {
    expect(withoutCountedLevels('8个县级文明单位')).toBe('8个县级文明单位');
    expect(withoutCountedLevels('县(市、区)城乡交通运输一体化示范县')).toBe(
      '县(市、区)城乡交通运输一体化示范县',
    );
    expect(titleCreatedToward('城乡交通运输一体化示范县')).toBe('城乡交通运输一体化示范县');
    expect(titleCreatedToward('某某创建示范县')).toBe('某某创建示范县');
  });
});
