/**
 * A headline a page's widget prints twice over on one line is the headline once; a slogan
 * repeating a short word is no doubled headline. Composed from the shape of a real county page.
 */
import { describe, expect, it } from 'vitest';
import { undoubled } from '../../../src/main/core/import/extract/doubled-line';
import { readResolved } from './helpers';

const HEADLINE = '喜报!通辽30个村拟入选“国家级”名单!科尔沁区5个';

describe('a headline written twice on one line', () => {
  it('is read once', () => {
    expect(undoubled(HEADLINE + HEADLINE)).toBe(HEADLINE);
    const { n } = readResolved(
      [
        HEADLINE + HEADLINE,
        '2019年国家森林乡村公示名单出炉!通辽市30个乡村入选,其中科尔沁区5个村榜上有名。',
        '科尔沁区庆和镇庆和村',
      ].join('\n'),
    );
    expect(n.metadata.title).toBe(HEADLINE);
  });

  it('leaves a repeated short cheer and an undoubled line alone', () => {
    expect(undoubled('喜报!喜报!喜报!')).toBe('喜报!喜报!喜报!');
    expect(undoubled('喜报!喜报!')).toBe('喜报!喜报!');
    expect(undoubled(HEADLINE)).toBe(HEADLINE);
  });
});
