/**
 * Grades a sentence hands out one by one (…通过结项验收，等次分别为优秀、良好、合格): each place
 * its own, not the first for all. Controls: one grade for the whole group, and a count of grades
 * that differs from the places, hand out nothing one by one.
 */
import { describe, expect, it } from 'vitest';
import { respectiveGrades } from '../../../src/main/core/import/extract/respective-grades';
import { readResolved } from './helpers';

const TITLE = '关于公布实验区结项验收结果的通知';
const outcomes = (line: string) =>
  readResolved([TITLE, line].join('\n')).n.records.map((r) => r.outcome ?? null);

describe('grades handed out one by one', () => {
  it('each place of the group takes its own grade', () => {
    expect(
      outcomes('武汉市江汉区、武昌区、汉阳区等3个区通过结项验收，验收等次分别为优秀、良好、合格。'),
    ).toEqual([
      { status: '已验收', grade: '优秀' },
      { status: '已验收', grade: '良好' },
      { status: '已验收', grade: '合格' },
    ]);
  });

  it('quoted grades joined by 和', () => {
    expect(respectiveGrades('通过验收，分别评为“优秀”和“合格”', 2)).toEqual(['优秀', '合格']);
  });

  it('control: one grade for the whole group stays the group’s', () => {
    expect(outcomes('武汉市江汉区、武昌区结项验收结果为优秀。')).toEqual([
      { status: '已验收', grade: '优秀' },
      { status: '已验收', grade: '优秀' },
    ]);
  });

  it('control: grades that do not match the places in number hand out nothing', () => {
    expect(respectiveGrades('等次分别为优秀、合格', 3)).toBeNull();
    expect(outcomes('武汉市江汉区、武昌区、汉阳区通过结项验收，等次分别为优秀、合格。')).toEqual([
      { status: '已验收' },
      { status: '已验收' },
      { status: '已验收' },
    ]);
  });
});
