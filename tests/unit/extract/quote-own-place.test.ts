/**
 * A quoted project opening its clause with nothing before it, its own name opening with the place
 * it serves (“长沙市城乡…助学”项目), is placed there; a name opening with a place written without its
 * level, or a quote with a body before it, is not read so.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n\n'));
  return { codes, titles: n.records.map((r) => r.title) };
}

describe('a quoted project named after its own place', () => {
  it('places a quote that opens its clause at the place its name opens with', () => {
    const { codes, titles } = read([
      '我市获慈善突出贡献奖',
      '日前，在第二届表彰活动中，长沙市慈善基金会、“长沙市城乡特困家庭子女高等教育助学”项目和某某分别荣获组织奖、项目奖和个人奖。',
    ]);
    expect(titles).toContain('“长沙市城乡特困家庭子女高等教育助学”项目');
    expect(codes).toContain('430100');
  });

  it('places nothing by a name opening with a place short of its level', () => {
    const { titles } = read([
      '项目获奖',
      '日前，在表彰活动中，某某基金会、“长沙城乡助学”项目和某某分别荣获组织奖、项目奖和个人奖。',
    ]);
    expect(titles).not.toContain('“长沙城乡助学”项目');
  });
});
