/**
 * How a story tells one honoured unit, each shape in a composed wording: a street written with
 * its office word before its community (…街道办事处…社区被评为…), an aside on how the unit
 * stands out between it and its verb (作为全市唯一一个社区成功入选), an honour quoted before
 * 光荣称号, a city telling its share as 受到省上表彰, and a headline's bare unit the body
 * writes after its county; a table's name cell written all as a place down to the community.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { readNotice } from '../../../src/main/core/import/readers';
import { buildNotice } from '../../support/unseen';
import { readResolved, txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't' });

describe('a street written with its office word', () => {
  it('runs on through the community after 街道办事处', () => {
    const { n, codes } = readResolved(
      '我市1个社区受到表彰\n' + '近日，市南区香港中路街道办事处江西路社区被评为“和美邻里社区”。\n',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['市南区香港中路街道办事处江西路社区']);
    expect(codes).toEqual(['370202']);
  });
});

describe('an aside between the unit and its verb', () => {
  it('keeps the unit that stands out as the only one (作为…唯一一个社区)', () => {
    const { n, codes } = readResolved(
      '龙山社区荣获“书香邻里社区”称号\n' +
        '记者从市文明办获悉，长兴县龙山街道龙山社区作为全县唯一一个社区成功入选，荣获“书香邻里社区”称号。\n',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['长兴县龙山街道龙山社区']);
    expect(codes).toEqual(['330522']);
  });
});

describe('an honour quoted before 光荣称号', () => {
  it('names the programme without the word 光荣', () => {
    const { n } = readResolved(
      '书香邻里社区评选揭晓\n' +
        '记者从市文明办获悉，长兴县龙山街道龙山社区成功入选，荣获“书香邻里社区”光荣称号。\n',
    );
    expect(n.records.map((r) => r.programme)).toEqual(['书香邻里社区']);
  });
});

describe('a city telling its share of a province’s honours', () => {
  it('is news when it says its units 受到省上表彰', () => {
    const text =
      '全省邻里节座谈会召开\n' +
      '在近日召开的全省邻里节座谈会上，我市1个项目、1个社区受到省上表彰。\n' +
      '东湖区晴川街道青柳社区被评为“和美邻里社区”。\n';
    expect(extract(text).metadata.role).toBe('news');
  });
});

describe('a headline’s bare unit', () => {
  it('lies in the county the body writes before it', () => {
    const { codes } = readResolved(
      '桃源社区荣获全国邻里互助先进典型\n' +
        '5月9日记者从贺兰县桃源社区获悉，全国邻里互助先进典型名单日前公布，宁夏6个先进典型榜上有名。' +
        '其中，我县桃源社区荣获“最美邻里社区”先进典型。\n',
    );
    expect(codes).toEqual(['640122']);
  });
});

describe('a table whose name column writes each unit as a place', () => {
  it('places a cell that is all place down to the community, with no title', async () => {
    const file = await buildNotice('all-place-cells', {
      format: 'docx',
      title: '2024年度全省和美邻里先进典型名单揭晓',
      blocks: [
        { p: '近日，2024年度全省和美邻里先进典型名单揭晓，我市多个集体和个人上榜。他们是：' },
        {
          table: [
            ['类别', '名单'],
            ['和美邻里能手', '周明远（龙山街道志愿服务队队员）'],
            ['和美邻里组织', '长兴县邻里互助协会'],
            [{ t: '和美邻里社区', rs: 2 }, '湖州市长兴县龙山街道龙山社区'],
            ['长兴县雉城街道回龙山社区'],
          ],
        },
      ],
    });
    const doc = await readNotice(file.name, file.bytes);
    const n = extractNotice(doc, { fileName: file.name, regions: gazetteerRegionLookup() });
    const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
    const communities = n.records.flatMap((r, i) =>
      /社区$/.test(r.regionText ?? '') ? [[r.regionText, r.title, codes[i]]] : [],
    );
    expect(communities).toEqual([
      ['湖州市长兴县龙山街道龙山社区', '', '330522'],
      ['长兴县雉城街道回龙山社区', '', '330522'],
    ]);
  });
});
