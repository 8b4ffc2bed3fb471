/**
 * The last two communities of a run joined by 和 before the verb that lists them ("…某街道A社区
 * 和B社区获评…") are two entries, the second in the first's township; and a street office
 * written 某某办事处 before its community names the street, even when its name is also a far
 * district's short name (东城, 西城).
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';

async function read(line: string) {
  const text = `近日从市民政局获悉，我市一批社区获表彰。\n${line}获评“市级和谐社区”。\n`;
  const doc = await readNotice('简讯.txt', new Uint8Array(Buffer.from(text, 'utf8')));
  const n = extractNotice(doc, { fileName: '简讯.txt', regions: gazetteerRegionLookup() });
  const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode?.slice(0, 6));
  return { names: n.records.map((r) => r.regionText), codes };
}

describe('the last communities of a run joined by 和', () => {
  it('reads a township community and a bare community after 和 as two entries', async () => {
    const { names, codes } = await read('广陵区汶河街道荷花池社区和个园社区');
    expect(names).toEqual(['广陵区汶河街道荷花池社区', '个园社区']);
    expect(codes).toEqual(['321002', '321002']);
  });

  it('keeps the entries before them when the pair closes a longer run', async () => {
    const { names } = await read('邗江区双桥街道虹桥社区、广陵区汶河街道荷花池社区和个园社区');
    expect(names).toEqual(['邗江区双桥街道虹桥社区', '广陵区汶河街道荷花池社区', '个园社区']);
  });

  it('reads a community the division list does not know, 和 and a second one, after their street', async () => {
    const { names, codes } = await read('曾都区南郊街道甲乙社区和丙丁社区');
    expect(names).toEqual(['曾都区南郊街道甲乙社区', '丙丁社区']);
    expect(codes).toEqual(['421303', '421303']);
  });
});

describe('a street office written 某某办事处 before its community', () => {
  it('names the street, not the far district its name shares', async () => {
    const { names, codes } = await read('曾都区北郊办事处甲乙社区、东城办事处丙丁社区和戊己社区');
    expect(names).toEqual(['曾都区北郊办事处甲乙社区', '东城办事处丙丁社区', '戊己社区']);
    expect(codes).toEqual(['421303', '421303', '421303']);
  });
});
