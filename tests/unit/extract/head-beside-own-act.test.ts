/**
 * A story telling several namings in one sentence ("命名A省为…示范省，命名B区等100个县（市、区）
 * 为…示范县"): the unit named alone is its own act's entry; the unit before 等100个 is how the
 * other act's batch is cited, no entry of the story.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const STORY = (acts: string) =>
  [
    '某委命名全国健康促进示范省和示范县',
    `近日，某委印发《关于命名示范省的通知》和《关于命名示范县的通知》，${acts}。`,
  ].join('\n');

describe('a counted head beside another act’s object', () => {
  it('is no entry, while the object named alone is kept', () => {
    const { codes } = readResolved(
      STORY(
        '命名浙江省为全国健康促进示范省，命名天津市和平区等80个县（市、区）为全国健康促进示范县',
      ),
    );
    expect(codes).toEqual(['330000']);
  });

  it('is kept with the units listed beside it in its own act', () => {
    const { codes } = readResolved(
      STORY('命名天津市和平区、河北省正定县等80个县（市、区）为全国健康促进示范县'),
    );
    expect(codes).toEqual(['120101', '130123']);
  });
});
