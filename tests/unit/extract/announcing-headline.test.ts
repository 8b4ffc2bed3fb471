/**
 * A headline that is an organ's announcement ("江苏省确定15个…先行区") is no write-up of the
 * place it opens with: the story's prose names the group. A headline telling what befell its
 * place ("某镇入选…") stays that place's write-up heading when the prose names no other.
 */
import { describe, expect, it } from 'vitest';
import { announcesGroup } from '../../../src/main/core/import/extract/announcing-headline';
import { readResolved } from './helpers';

describe('an announcing headline', () => {
  it('is told by its verb and count', () => {
    expect(announcesGroup('确定15个省级“乡村著名行动”先行区')).toBe(true);
    expect(announcesGroup('命名第二批示范社区')).toBe(true);
    expect(announcesGroup('入选全国示范县')).toBe(false);
    expect(announcesGroup('确定为省级试点地区')).toBe(false);
  });

  it('gives way to the unit its story names, the headline repeated as the page heading', () => {
    const head = '江苏省确定15个省级“乡村著名行动”先行区\n';
    const { codes } = readResolved(
      head +
        head +
        '本报讯 近日，江苏省民政厅对试点地区开展评估验收，将通过评估验收的南京市浦口区等15个试点地区，确定为省级“乡村著名行动”先行区。\n',
    );
    expect(codes).toEqual(['320111']);
  });
});
