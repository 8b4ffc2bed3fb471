/**
 * A province's item on its cities entering a pilot list, then its tally to date: the headline
 * names the new cities (no one place holding the rest), the tally writes all the province's
 * cities short after a verb of having and closes them with a count and level word (五市), and
 * the cities it names again keep the batch of the sentence that listed them.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TEXT = [
  '南通市、盐城市入选第三批某某服务改革试点地区',
  '日前，某部公布36个第三批某某服务改革试点地区，南通市、盐城市位列其中，截至目前，我省共有镇江、扬州、泰州、南通、盐城五市获得某某服务改革试点。',
].join('\n');

describe('a tally of short cities after a pilot list', () => {
  it('reads every city once, each where the province has it', () => {
    const { n, codes } = readResolved(TEXT);
    expect(codes).toEqual(['320600', '320900', '321100', '321000', '321200']);
    expect(n.records.map((r) => r.batch ?? null)).toEqual(['第三批', '第三批', null, null, null]);
  });

  it('a headline naming two places is about neither alone', () => {
    const { n } = readResolved(TEXT);
    for (const r of n.records) expect(r.regionContext?.city).toBeUndefined();
  });

  it('a count written with its level word closes the enumeration', () => {
    const { codes } = readResolved(
      '某某服务改革试点地区\n截至目前，本省已有扬州、泰州、南通三市开展某某服务改革试点。',
    );
    expect(codes).toEqual(['321000', '321200', '320600']);
  });

  it('a short name after a verb of having opens the enumeration', () => {
    const { codes } = readResolved(
      '某某服务改革试点地区\n全省共有镇江、扬州两个市获得某某服务改革试点。',
    );
    expect(codes).toEqual(['321100', '321000']);
  });
});
