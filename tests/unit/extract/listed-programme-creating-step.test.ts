/**
 * A list of units still creating toward a title ("…未来社区创建名单", "《关于开展…现代农业园区
 * 创建申报工作的通知》") is that title's: the creating step ends no programme's name. A name whose
 * own unit word follows the creating word (…示范区创建单位) keeps it.
 */
import { describe, expect, it } from 'vitest';
import { listedProgramme } from '../../../src/main/core/import/extract/listed-programme';

describe('a list named with its creating step', () => {
  it('is the title the units create toward', () => {
    expect(
      listedProgramme(
        null,
        '按照青禾市农牧局《关于开展2017年度市级现代农业园区创建申报工作的通知》要求，经评审，拟认定以下园区。',
        null,
      )?.name,
    ).toBe('市级现代农业园区');
    expect(
      listedProgramme(
        null,
        '省发展改革委印发了《关于公布2021年青禾省特色产业街区创建名单的通知》，公布了名单。',
        null,
      )?.name,
    ).toBe('青禾省特色产业街区');
  });

  it('keeps a unit word after the creating word', () => {
    expect(
      listedProgramme(
        null,
        '文化和旅游部印发《关于公布国家全域旅游示范区创建单位名单的通知》，青禾县入选。',
        null,
      )?.name,
    ).toBe('国家全域旅游示范区创建单位');
  });
});
