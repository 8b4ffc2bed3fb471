/**
 * A province written whole before a batch ("被确定为湖北省第二批婚俗改革实验区") owns the programme;
 * the batch is its round. A name that writes its own scope after the batch (江苏省第三批省级…) keeps
 * it, and a phrase naming officers (a meeting's attendees) is no programme at all.
 */
import { describe, expect, it } from 'vitest';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

describe('a province before its batch', () => {
  it('stays in the programme’s name, the batch its round', () => {
    expect(programmeIn('2024年4月,宜都市被确定为湖北省第二批婚俗改革实验区,', null)).toMatchObject({
      name: '湖北省婚俗改革实验区',
      batch: '第二批',
    });
    expect(programmeIn('入选广西壮族自治区第三批特色小镇', null)).toMatchObject({
      name: '广西壮族自治区特色小镇',
      batch: '第三批',
    });
  });

  it('gives way to a scope the name writes itself', () => {
    expect(programmeIn('江苏省第三批省级社区治理创新实验区', null)).toMatchObject({
      name: '省级社区治理创新实验区',
      batch: '第三批',
    });
  });
});

describe('a phrase naming officers', () => {
  it('is no programme', () => {
    expect(
      programmeIn(
        '各设区市民政局分管负责同志、业务处室负责同志和婚俗改革试点地区民政局分管负责同志参加会议。',
        null,
      ),
    ).toBeNull();
  });

  it('leaves a pilot named beside the attendees read', () => {
    expect(programmeIn('婚俗改革试点地区民政局参加会议。', null)?.name).toContain('婚俗改革试点');
  });
});
