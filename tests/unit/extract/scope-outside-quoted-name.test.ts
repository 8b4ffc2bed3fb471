/**
 * A scope word written outside the quotes of a name quoted whole (获全国“某某社区”称号,
 * 全市“十佳社区”名单) says how widely the honour was conferred; the quotes give its name. A name
 * that goes on after its quotes (全国“一村一品”示范村镇) keeps the scope, as a province's does.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions: gazetteerRegionLookup() });

describe('a scope word outside a name quoted whole', () => {
  it('is no part of the name', () => {
    expect(cleanProgramme('获全国“最美志愿服务社区', null)?.name).toBe('最美志愿服务社区');
    expect(cleanProgramme('荣获全市“文明和谐社区”光荣称号', null)?.name).toBe('文明和谐社区');
    expect(listName('2017年度全市“十佳社区”名单')?.name).toBe('十佳社区');
  });

  it('stays when the name goes on after its quotes', () => {
    expect(cleanProgramme('第九批全国“一村一品”示范村镇', null)?.name).toBe('全国一村一品示范村镇');
    expect(listName('全市“红色物业”示范小区名单')?.name).toBe('全市“红色物业”示范小区');
  });

  it('is not carried back onto the name from the text', () => {
    const ex = extract(
      [
        '江城市青山区和平社区获全国“最美志愿服务社区”称号',
        '近日，和平社区从全国参评社区中脱颖而出，获得全国“最美志愿服务社区”称号。',
      ].join('\n'),
    );
    expect(ex.metadata.programme).toBe('最美志愿服务社区');
  });
});
