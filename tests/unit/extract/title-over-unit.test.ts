/**
 * Cases shown one block each: a number and the case's title on one line, the reporting unit
 * on the next, a section label and the case's paragraph after.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const read = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 'a.txt', regions: gazetteerRegionLookup() }).records;

const PAGE = [
  '案例展示',
  '1 “红色管家”进小区，物业服务有温度',
  '长沙市岳麓区望月湖街道办事处',
  '案例简介：',
  '望月湖街道以党建引领物业服务，组建“红色管家”队伍，推动小区治理从“没人管”到“大家管”。',
  '2 老旧小区改造中的居民议事会',
  '株洲市芦淞区建宁街道居民委员会',
  '案例简介：',
  '建宁街道在老旧小区改造中成立居民议事会，改造方案由居民商量决定，施工过程由居民监督。',
].join('\n');

describe('a numbered title over its reporting unit’s line', () => {
  it('is a case: the unit’s place, the numbered title, the paragraph', () => {
    const records = read(PAGE);
    expect(records.map((r) => [r.seq, r.regionText, r.title])).toEqual([
      [1, '长沙市岳麓区望月湖街道', '“红色管家”进小区，物业服务有温度'],
      [2, '株洲市芦淞区建宁街道', '老旧小区改造中的居民议事会'],
    ]);
    expect(records[0]?.content).toContain('红色管家');
  });

  it('a unit line that goes on past its place is no unit line', () => {
    const text = PAGE.replace('长沙市岳麓区望月湖街道办事处', '长沙市岳麓区望月湖街道推出新举措');
    expect(read(text).map((r) => r.seq)).not.toContain(1);
  });
});
