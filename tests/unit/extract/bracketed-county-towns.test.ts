/**
 * Townships written alone with their county in brackets, as heritage and honour lists set
 * them ("某镇（某县）", "某镇（某市某区）"): the bracket is where the township lies.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a township with its county in brackets', () => {
  it('reads each township inside its bracketed county, the city too when written', () => {
    const { n, codes } = readResolved(
      [
        '第一批古镇名录公布',
        '记者从省民政厅获悉，第一批名录包括西塘镇（嘉善县）、南浔镇（湖州市南浔区）、同里镇（苏州市吴江区）3个古镇。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['西塘镇', '南浔镇', '同里镇']);
    expect(codes).toEqual(['330421', '330503', '320509']);
  });

  it('reads the townships after a group of counties closed by its count', () => {
    const { codes } = readResolved(
      [
        '第二批古县古镇名录公布',
        '第二批名录中，包括嘉善县、桐乡市2个古县，以及西塘镇（嘉善县）、同里镇（苏州市吴江区）2个古镇。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330421', '330483', '330421', '320509']);
  });
});
