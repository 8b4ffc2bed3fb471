/**
 * A page on naming new communities ("某市三个新社区名称通过专家论证", "…社区名称征集") names
 * the communities being set up, those they are split from and their counties: places being
 * named by the administration, no entries of a programme's list. A page confirming an honour
 * under a title with 命名 is untouched. Composed from our own sentences; the places are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a page naming new communities', () => {
  it('lists no entries, though it names communities and their counties', () => {
    const { codes } = readResolved(
      [
        '我市两个新社区名称通过专家论证',
        '为缓解社区管理压力，我市拟在鼓楼区、玄武区共拆分出2个新社区。目前，新社区名称已经专家组论证，分别为清凉社区、颐和社区。',
        '鼓楼区华侨路街道拟成立清凉社区，是从华侨路街道宁海路社区、汉口路社区拆分出来的。',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
  });

  it('leaves a list of communities named for an honour alone', () => {
    const { codes } = readResolved(
      [
        '我市2个社区被命名为全国示范社区',
        '近日，鼓楼区华侨路街道宁海路社区、湖南路街道山西路社区被命名为全国示范社区。',
      ].join('\n'),
    );
    expect(codes).toEqual(['320106', '320106']);
  });
});
