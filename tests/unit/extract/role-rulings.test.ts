/**
 * The lead's rulings on roles (round 53): the role names the source, not the event — a story
 * telling of an acceptance is news, its units keeping the outcome it states; and a periodic
 * check of units already confirmed (a year's assessment, a comprehensive evaluation, a
 * re-review's grades) tells how they keep up — only the programme's final review accepts.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't', regions });
const role = (lines: string[]) => extract(lines.join('\n')).metadata.role;

describe('a story telling of an acceptance', () => {
  it('is news told as hearsay, its unit still accepted', () => {
    const n = extract(
      '从省民政厅获悉，近日民政部发文确认济南市历下区圆满完成各项实验任务，通过结项验收。',
    );
    expect(n.metadata.role).toBe('news');
    expect(n.records.map((r) => r.outcome?.status)).toContain('已验收');
  });

  it('control: an organ’s own acceptance result stays the acceptance', () => {
    expect(
      role([
        '某省民政厅关于第二批全省城乡社区治理实验区结项验收结果的通报',
        '各市（州）民政局：',
        '省民政厅组织专家对实验区进行了结项验收，确定验收结果如下：',
        '序号\t实验区\t验收结果',
        '1\t兰州市城关区\t优秀',
        '2\t金昌市永昌县\t合格',
      ]),
    ).toBe('acceptance');
  });
});

describe('a periodic check of confirmed units', () => {
  const graded = (title: string) => [
    title,
    '序号\t单位\t考核结果',
    '1\t杭州市西湖区\t优秀',
    '2\t宁波市鄞州区\t合格',
    '3\t温州市鹿城区\t合格',
  ];

  it('a year’s assessment is progress, whatever grades it gives', () => {
    expect(role(graded('2016年度省级特色街区创建对象考核结果'))).toBe('progress_report');
  });

  it('a comprehensive evaluation’s result is progress', () => {
    expect(role(graded('某省科技园区2020年综合评估结果'))).toBe('progress_report');
  });

  it('control: the final acceptance’s result stays the acceptance', () => {
    expect(role(graded('第二批省级特色街区验收结果'))).toBe('acceptance');
    expect(role(graded('第二批省级特色街区创建对象考核结果'))).toBe('acceptance');
  });
});

describe('a page reposting a whole document', () => {
  const document = [
    '关于公布第二批国家新型城镇化综合试点地区名单的通知',
    '发改规划[2015]2665号',
    '各省、自治区、直辖市人民政府：',
    '经研究，同意将北京市房山区等73个城市（镇）列为第二批国家新型城镇化综合试点地区。',
    '附件：第二批国家新型城镇化综合试点地区名单',
    '国家发展改革委',
    '2015年11月20日',
  ];

  it('is news under a headline of its own telling the document came out', () => {
    expect(
      role([
        '发改委公布第二批新型城镇化综合试点地区名单',
        '2015-11-27 11:18 来源: 发改委网站',
        ...document,
      ]),
    ).toBe('news');
    expect(role(['第二批新型城镇化综合试点地区名单公布', ...document])).toBe('news');
  });

  it('control: the document under its own title, or under a site’s date line, is the document', () => {
    expect(role(document)).toBe('confirmation');
    expect(role(['发布时间：2015-11-27 来源：发改委网站', ...document])).toBe('confirmation');
    expect(role(['第二批新型城镇化综合试点地区名单', ...document])).toBe('confirmation');
  });
});

describe('a story passed on from an organ’s message', () => {
  it('is news, whatever outcome it repeats', () => {
    expect(
      role([
        '我省2个示范园获国家认定',
        '来自某省发展和改革委员会的消息,我省两个农村产业融合发展示范园近日获得国家认定。',
        '经省发改委会同各有关方面积极争取，国家发改委等7部委联合印发第二批国家农村产业融合发展示范园名单，我省湟源县国家农村产业融合发展示范园、互助县国家农村产业融合发展示范园被认定为第二批国家农村产业融合发展示范园。',
      ]),
    ).toBe('news');
  });

  it('control: people come from elsewhere pass nothing on', () => {
    expect(
      role([
        '关于认定第二批国家农村产业融合发展示范园的通知',
        '各省发展改革委：',
        '来自各地的专家组成评审组，经评审，现认定湟源县国家农村产业融合发展示范园为第二批国家农村产业融合发展示范园。',
      ]),
    ).toBe('confirmation');
  });
});

describe('a document’s disclosure table above its title', () => {
  it('control: the table’s 发布机构 row is no headline telling the document came out', () => {
    expect(
      role([
        '索引号\t014000802/2023-00050\t分类\t政策文件 意见',
        '发布机构\t江苏省民政厅\t发文日期\t2023-06-07',
        '标题\t关于深入推进智慧社区建设的实施意见',
        '文号\t苏民基〔2023〕5号',
        '关于深入推进智慧社区建设的实施意见',
        '各设区市民政局：',
        '为完善顶层设计，结合我省实际，制定如下实施意见：',
        '一、总体要求',
        '各地要加强统筹，严禁重复建设。',
        '各地要强化保障。',
      ]),
    ).not.toBe('news');
  });
});

describe('a page headed by the document’s own title', () => {
  it('control: quoting it after a dated lead is still the document', () => {
    const n = extract(
      [
        '关于某省农业园区结项验收结果的通报',
        '1月28日，某省农业农村厅发布《关于某省农业园区结项验收结果的通报》，通报内容如下：',
        '省农业农村厅组织专家对第一批省级农业园区进行了结项验收，验收结果如下：',
        '序号\t园区\t验收结果',
        '1\t杭州市西湖区\t优秀',
        '2\t宁波市鄞州区\t合格',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.outcome?.status)).toContain('已验收');
    expect(n.metadata.role).toBe('acceptance');
  });
});
