/**
 * A story's outlet named by a credit of its own shape: a source line wholly in brackets at its
 * foot ("（文章来源：某某社）"), an e-paper's property line under the page ("2019-10-16 张三 1 1
 * 某某日报 content_27505.html …"), and a dateline's 消息 followed by a comma ("某某新闻消息,7月27日,").
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { bracketedSource, epaperPaper } from '../../../src/main/core/import/extract/foot-credits';
import { outletName } from '../../../src/main/core/import/extract/issuer';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const read = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata;

const HEAD = '湖北新增10家国家湿地公园';
const BODY =
  '近日,国家林业和草原局公布2018年试点国家湿地公园验收情况,我省浠水策湖国家湿地公园等10处试点通过验收,正式成为国家湿地公园。据了解,试点建设期满并通过验收后,才能转为正式的国家湿地公园。';
const isOutlet = (name: string) => outletName(name) !== null;

describe('a source line wholly in brackets at the foot', () => {
  it('names the outlet whatever its name ends with', () => {
    const m = read([HEAD, BODY, '(文章来源:财联社)', '免责申明: 本站部分内容转载自国内知名媒体。']);
    expect(m.issuer).toBe('财联社');
    expect(m.role).toBe('news');
  });

  it('in traditional characters too', () => {
    expect(read([HEAD, BODY, '(來源:湖北日報)']).issuer).toBe('湖北日報');
  });

  it('an organ or a generic word there is no outlet', () => {
    expect(bracketedSource('(来源:市民政局)')).toBeNull();
    expect(bracketedSource('（来源：网络）')).toBeNull();
    expect(bracketedSource('（来源：本站）')).toBeNull();
    // A county portal credits the town, street or community that wrote the item up: a unit
    // of the place, no outlet.
    expect(bracketedSource('（来源：大庄镇）')).toBeNull();
    expect(bracketedSource('（来源：东城街道）')).toBeNull();
    expect(bracketedSource('（来源：幸福社区）')).toBeNull();
    expect(bracketedSource('（来源：王庄村委会）')).toBeNull();
    expect(bracketedSource('（来源：某某县）')).toBeNull();
    // Not wholly bracketed: a sentence citing a source is no credit line.
    expect(bracketedSource('据介绍(来源:财联社)该项目已启动')).toBeNull();
  });
});

describe("an e-paper's property line", () => {
  it('names the paper before the page file', () => {
    const m = read([
      '我市14个行政村入选省美丽乡村重点示范村和示范村',
      `本报讯 ${BODY}`,
      '2019-10-16 吴永生 1 1 淮北日报 content_27505.html 1 3 我市14个行政村入选',
    ]);
    expect(m.issuer).toBe('淮北日报');
  });

  it('behind the comment mark that closes the record too', () => {
    expect(
      epaperPaper('--> 2021-11-01 1 1 团结报 c78867.html 1 菖蒲塘村入选 /enpproperty-->', isOutlet),
    ).toBe('团结报');
  });

  it('a name that is no outlet, or no page file, names nothing', () => {
    expect(epaperPaper('2019-10-16 1 1 某某村 content_1.html 1 2', isOutlet)).toBeNull();
    expect(epaperPaper('2019-10-16 1 1 淮北日报 第A01版', isOutlet)).toBeNull();
  });
});

describe('a dateline whose 消息 is followed by a comma', () => {
  it('names the outlet', () => {
    expect(
      read(['重庆9个地方入选全国第二批特色小镇名单', `澎湃新闻消息,7月27日,${BODY}`]).issuer,
    ).toBe('澎湃新闻');
  });

  it('a city filing the story is no outlet', () => {
    expect(
      read(['重庆9个地方入选全国第二批特色小镇名单', `北京消息,7月27日,${BODY}`]).issuer,
    ).toBeNull();
  });
});
