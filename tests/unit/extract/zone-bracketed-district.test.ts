/**
 * A list line that opens with a zone and, in brackets, the district it is run with
 * ("某某开发区（某某区）某某街道某某社区"): the bracketed district places the line, and
 * the line is an entry like its neighbours.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a zone with its district in brackets', () => {
  it('is an entry placed in the bracketed district', () => {
    const { n, codes } = readResolved(
      [
        '近日，3个社区被认定为示范社区。包括：',
        '（一）成都市（3个）',
        '高新技术产业开发区（武侯区）芳草街道玉林社区',
        '经济技术开发区（龙泉驿区）大面街道办事处幸福社区',
        '锦江区春熙路街道和平社区',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(3);
    expect(codes).toEqual(['510107', '510112', '510104']);
  });
});
