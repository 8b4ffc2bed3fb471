/**
 * Look-alikes of round 53's role rulings that must keep their roles: a closing evaluation at the
 * term's end is the final review though a year stands in its title, and an organ's own document
 * under its disclosure table's date row is the document, not a page telling it came out.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const role = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata.role;

const graded = (title: string) => [
  title,
  '各省、自治区、直辖市民政厅（局）：',
  '根据工作安排，民政部组织开展了实验区评估，评估结果如下：',
  '序号\t实验区\t评估结果',
  '1\t杭州市西湖区\t优秀',
  '2\t宁波市鄞州区\t合格',
];

describe('a closing evaluation with a year in its title', () => {
  it('is the final review: the acceptance', () => {
    expect(role(graded('关于2018年全国社区治理和服务创新实验区结项评估结果的通报'))).toBe(
      'acceptance',
    );
    expect(role(graded('关于公布2019年度城乡社区治理实验区期满评估结果的通知'))).toBe('acceptance');
  });

  it('a word holding 年 (老年) is no year: the evaluation’s result stays the acceptance', () => {
    expect(role(graded('关于全国示范性老年友好型社区创建评估结果的通报'))).toBe('acceptance');
  });

  it('control: a year’s assessment of the same units stays progress', () => {
    expect(role(graded('关于2018年度全国社区治理和服务创新实验区考核结果的通报'))).toBe(
      'progress_report',
    );
  });
});

describe('an organ’s document under its disclosure table', () => {
  const document = [
    '关于第二批全国农村社区治理实验区验收结果的通知',
    '民函〔2020〕3号',
    '各省、自治区、直辖市民政厅（局）：',
    '经验收，以下实验区通过验收：',
    '1.杭州市西湖区',
    '2.宁波市鄞州区',
    '民政部',
    '2020年1月10日',
  ];

  it('keeps its role under a 公布日期 row whose cells spaces part', () => {
    expect(
      role([
        '索引号 000014349/2020-00001 主题分类 民政',
        '公布日期 2020年01月10日 发文机关 民政部',
        ...document,
      ]),
    ).toBe('acceptance');
    expect(role(['公布日期 2020年01月10日', ...document])).toBe('acceptance');
  });

  it('keeps its role under a site’s column or banner naming what it publishes', () => {
    expect(role(['某省民政厅 政务公开 政策发布', ...document])).toBe('acceptance');
    expect(role(['某省民政 信息发布平台', ...document])).toBe('acceptance');
  });

  it('control: under a headline of its own telling it came out, the page is news', () => {
    expect(role(['民政部公布第二批全国农村社区治理实验区验收结果', ...document])).toBe('news');
  });
});

describe('an organ’s own notice of an acceptance with a dated lead', () => {
  const body = [
    '近日，省民政厅决定对第二批实验区结项验收结果予以公示，公示名单如下：',
    '序号\t实验区\t验收结果',
    '1\t杭州市西湖区\t通过',
    '2\t宁波市鄞州区\t通过',
    '公示期间如有异议，请与省民政厅联系。',
    '浙江省民政厅',
    '2020年3月1日',
  ];

  it('stays the acceptance when its issuer heads its own title', () => {
    expect(role(['浙江省民政厅关于第二批城乡社区治理实验区结项验收情况的公示', ...body])).toBe(
      'acceptance',
    );
  });

  it('control: a headline telling the document came out is news', () => {
    expect(role(['省民政厅发布关于第二批城乡社区治理实验区结项验收情况的公示', ...body])).toBe(
      'news',
    );
  });

  it('stays the acceptance when joint issuers, set apart by a space, head its title', () => {
    const joint = '浙江省民政厅 浙江省财政厅关于第二批城乡社区治理实验区结项验收情况的公示';
    expect(role([joint, ...body])).toBe('acceptance');
  });

  it('control: a page taking the joint document up is news', () => {
    const taken = '全市认真学习省民政厅 省财政厅关于第二批城乡社区治理实验区结项验收情况的公示';
    expect(role([taken, ...body])).toBe('news');
  });
});

describe('word from many places inside an organ’s document', () => {
  const own = (said: string) => [
    '关于第二批全国农村社区治理实验区验收结果的通知',
    '各省、自治区、直辖市民政厅（局）：',
    `${said}实验区工作扎实。经验收，以下实验区通过验收：`,
    '1.杭州市西湖区',
    '2.宁波市鄞州区',
    '民政部',
    '2020年1月10日',
  ];

  it('passes no one’s message on: the document keeps its role', () => {
    expect(role(own('来自各地的报道，'))).toBe('acceptance');
  });

  it('control: an organ’s message passed on is news', () => {
    expect(role(own('来自某省民政厅的消息，'))).toBe('news');
  });
});
