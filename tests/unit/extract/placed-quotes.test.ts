/**
 * A project or case named in quotation marks right after its place, in a sentence that honours
 * or lists it (…市“…”志愿服务项目被评为…, …镇“…”成为…评估合格项目): one entry each, the place
 * as written and the quoted name with its kind word; a slogan, the speaker's own place and the
 * honour a verb gives in quotes are none.
 */
import { describe, expect, it } from 'vitest';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n\n'));
  return { codes, titles: n.records.map((r) => r.title) };
}

describe('a quoted project right after its place', () => {
  it('reads each of several entries in one honouring sentence, with their kind words', () => {
    const { codes, titles } = read([
      '全区志愿服务先进典型揭晓',
      '本报讯 近日，全区志愿服务先进典型评选结果揭晓。',
      '在本次评选中，南宁市“书香邻里”志愿服务项目、玉林市“银发课堂”工作法被评为最佳志愿服务项目。',
    ]);
    expect(titles).toEqual(['“书香邻里”志愿服务项目', '“银发课堂”工作法']);
    expect(codes).toEqual(['450100', '450900']);
  });

  it('reads a town before the quote when the quote becomes a listed project', () => {
    const { codes, titles } = read([
      '标准化试点项目通过评估',
      '2023年1月5日，有关部门印发通知，确定宁乡市灰汤镇“邻里茶话”成为第二批标准化试点评估合格项目。',
      '近年来，该镇持续完善居民议事机制。',
    ]);
    expect(titles).toEqual(['邻里茶话']);
    expect(codes).toEqual(['430182']);
  });

  it('reads the place of the group that runs the project', () => {
    const { codes, titles } = read([
      '我市1个项目受到省上表彰',
      '在近日召开的全省志愿服务工作会议上，我市1个项目受到表彰。',
      '雨花区志愿服务总队“暖心送餐”志愿服务项目被评为“最佳志愿服务项目”。',
    ]);
    expect(titles).toEqual(['“暖心送餐”志愿服务项目']);
    expect(codes).toEqual(['430111']);
  });

  it('reads a long kind word and passes a bracketed remark after an entry', () => {
    const { codes, titles } = read([
      '我市两案例入选全省十佳',
      '近日，省民政厅通报了优秀案例遴选结果，芜湖市救助管理站“暖阳同行”关爱流浪人员社会服务项目（评分第一）、泾县民政局“邻里守望”困境老人关爱项目成功入选十佳案例。',
    ]);
    expect(titles).toEqual(['“暖阳同行”关爱流浪人员社会服务项目', '“邻里守望”困境老人关爱项目']);
    expect(codes).toEqual(['340200', '341823']);
  });

  it('leaves a quoted slogan with no kind word after it', () => {
    const { titles } = read([
      '全区志愿服务先进典型揭晓',
      '本报讯 近日，南宁市“书香邻里”理念深入人心，被评为全区志愿服务示范城市。',
    ]);
    expect(titles).not.toContain('书香邻里');
    expect(titles.some((t) => t.includes('书香邻里'))).toBe(false);
  });

  it('leaves the honour a verb gives in quotes after a unit', () => {
    const { titles } = read([
      '全区志愿服务先进典型揭晓',
      '本报讯 近日，全区志愿服务先进典型评选结果揭晓。',
      '南宁市青秀区新竹街道某某社区被评为“最美志愿服务社区”，玉林市“银发课堂”理念广受好评。',
    ]);
    expect(titles.some((t) => t.includes('最美志愿服务社区') || t.includes('银发课堂'))).toBe(
      false,
    );
  });

  it('leaves a project whose place is only the speaker', () => {
    const { titles } = read([
      '我市项目获省级表彰',
      '本报讯 近日，我市“书香邻里”志愿服务项目被评为全省最佳志愿服务项目。',
    ]);
    expect(titles.some((t) => t.includes('书香邻里'))).toBe(false);
  });
});

describe('a quoted name that won a prize', () => {
  it('reads the quoted name alone when the verb after it gives a prize', () => {
    const { codes, titles } = read([
      '青禾区公益创投项目获奖',
      '本报讯 近日，全市城乡社区公益服务项目创投大赛落幕。宁乡市灰汤镇“邻里茶话——楼道里的客厅”荣获二等奖。',
    ]);
    expect(titles).toEqual(['邻里茶话——楼道里的客厅']);
    expect(codes).toEqual(['430182']);
  });

  it('reads the last quoted name before a count of the names, not the count as its kind', () => {
    const { titles } = read([
      '青禾区公益创投项目获奖',
      '本报讯 宁乡市灰汤镇“书香邻里宣讲团”、宁乡市花明楼镇“银发志愿服务队”两个项目荣获全省十佳社区社会组织奖。',
    ]);
    expect(titles).toEqual(['书香邻里宣讲团', '银发志愿服务队']);
  });

  it('reads the place of a station or council that runs the project', () => {
    const { codes, titles } = read([
      '青禾区公益创投项目获奖',
      '本报讯 宁乡市灰汤镇某某校外辅导站“助童成长”项目荣获一等奖，宁乡市花明楼镇某某议事协商会“家门口议事”项目获得三等奖。',
    ]);
    expect(titles).toEqual(['“助童成长”项目', '“家门口议事”项目']);
    expect(codes).toEqual(['430182', '430182']);
  });

  it('reads no bare short name from inside another word before the quote', () => {
    const { codes, titles } = read([
      '青禾区公益创投项目获奖',
      '本报讯 宁乡市灰汤镇某某校外辅导站“助童成长”项目荣获一等奖，万福店黑龙口“红色温情”项目获得优秀奖。',
    ]);
    expect(titles).toEqual(['“助童成长”项目', '“红色温情”项目']);
    expect(codes[1]).not.toBe('370681');
  });

  it('keeps a name whose place is not read beside placed ones, and says so', () => {
    const { n } = readResolved(
      [
        '青禾区公益创投项目获奖',
        '本报讯 宁乡市灰汤镇某某校外辅导站“助童成长”项目荣获一等奖，石门坎管得宽志愿服务队“管出新风”项目获得二等奖。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['“助童成长”项目', '“管出新风”项目']);
    expect(resolveRecords(n).warnings.map((w) => w.code)).toContain('region_unresolved');
  });
});

describe('a page retelling a dated document that lists a project', () => {
  it('is news when its lead opens on the full date the document was issued', () => {
    const { n } = readResolved(
      [
        '某镇项目成为标准化试点评估合格项目',
        '发布时间：2023-01-09 17:12:35 作者：王某 来源：宁乡市',
        '2022年12月30日，有关部门印发《关于标准化试点项目目标评估合格的通知》，确定宁乡市灰汤镇“邻里茶话”成为第二批标准化试点评估合格项目。',
        '近年来，该镇持续完善居民议事机制。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['邻里茶话']);
    expect(n.metadata.role).toBe('news');
  });
});
