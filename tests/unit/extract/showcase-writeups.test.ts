/**
 * Shortlisted cases shown for a public vote, each a write-up paragraph opening with its unit
 * written from its province (or opening its second sentence so): one untitled case each at that
 * place. A paragraph opening with a quoted phrase is none, and a story that shows no cases for a
 * vote, or shows for a vote what is no shortlist of cases (photographs), gives its paragraphs no
 * entries (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const INTRO = [
  '全国城乡社区高质量发展典型案例候选展示投票(第二批)',
  '经过专家遴选、实地调研等,确定了初选入围案例,现进行展示,接受网络投票。',
  '今天向您展示并开启投票的是第二批初选入围案例(第031-060号),请为您支持的案例投上一票吧!',
];

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n'));
  return { codes, titles: n.records.map((r) => r.title) };
}

describe('shortlisted cases shown for a vote', () => {
  it('reads a write-up opening with its community as one untitled case', () => {
    const { codes, titles } = read([
      ...INTRO,
      '北京市顺义区望泉西里南一社区结合工作实际,着力理清公租房社区多元治理主体关系,积极探索搭建出四级网格互动治理体系。',
      '“望民文化”主要围绕“望民安”、“望民境”、“望民心”四个维度',
    ]);
    expect(codes).toEqual(['110113']);
    expect(titles).toEqual(['']);
  });

  it('reads a write-up whose second sentence opens with its unit', () => {
    const { codes } = read([
      ...INTRO,
      '基层民主协商是基层治理的重要载体。北京市西城区委社会工委区民政局以承担的标准化试点项目为契机,制定了标准体系。',
    ]);
    expect(codes).toEqual(['110102']);
  });

  it('reads nothing from a story that shows no cases for a vote', () => {
    const { codes } = read([
      '社区治理经验交流会召开',
      '近日,全市社区治理经验交流会召开。',
      '北京市顺义区望泉西里南一社区结合工作实际,介绍了四级网格互动治理体系。',
    ]);
    expect(codes).toEqual([]);
  });

  it('reads nothing from photographs shown for a vote', () => {
    const { codes } = read([
      '社区摄影大赛作品展示投票',
      '经过专家评审,现将入围摄影作品进行展示,接受网络投票。',
      '北京市顺义区望泉西里南一社区的居民拍摄了社区四级网格员走访住户的场景。',
    ]);
    expect(codes).toEqual([]);
  });

  it('leaves the signature under the write-ups: a name alone is no write-up', () => {
    const { codes } = read([
      ...INTRO,
      '北京市顺义区望泉西里南一社区结合工作实际,着力理清公租房社区多元治理主体关系。',
      '投票时间:2024年5月1日至5月10日。',
      '北京市顺义区民政局',
      '2024年4月30日',
    ]);
    expect(codes).toEqual(['110113']);
  });

  it('leaves a story about the vote whose paragraphs open with a speaker at a place', () => {
    const { codes } = read([
      '我市3个案例入围全国候选案例展示投票',
      '近日,全国城乡社区高质量发展典型案例候选展示投票活动启动,我市3个初选入围案例参加展示。',
      '江苏省南京市民政局相关负责人表示,希望广大市民积极参与投票。',
      '投票截止到6月30日。江苏省南京市鼓楼区民政局工作人员介绍,该区案例聚焦老旧小区治理。',
    ]);
    expect(codes).toEqual([]);
  });

  it('leaves a meeting report whose paragraphs tell what each place said or found', () => {
    const { codes } = read([
      '我省召开社区治理工作会议',
      '会议通报了初选入围案例情况,并部署了展示投票工作。',
      '浙江省杭州市上城区作了交流发言,介绍了“红色议事厅”做法。',
      '浙江省温州市鹿城区检查发现,部分社区台账不全。',
    ]);
    expect(codes).toEqual([]);
  });
});
