/**
 * The carrier a clerk saved a notice in adds lines and marks around its title: a forwarded mail's
 * subject starts with 转发：/Fw:, its header lines (收件人：各有关单位) are no heading, and a page
 * printed from a browser carries the page's address beside its title in the running head. The
 * title is the notice's own words; a title that names a site or a field (主题词) keeps them.
 */
import { describe, expect, it } from 'vitest';
import {
  MAIL_HEADER_LINE,
  withoutCarrierMarks,
} from '../../../src/main/core/import/extract/carrier-lines';
import { readResolved } from './helpers';

const notice = [
  '根据有关规定，经审核，确定第四批安徽省千年古镇、千年古村落候选名单，现予公示（名单附后）。',
  '公示时间：6月2~9日',
  '安徽省民政厅',
  '2017年6月1日',
  '千年古镇候选名单17个：',
  '宿州市埇桥区蕲县镇',
  '宿州市灵璧县灵城镇',
];

describe('a forwarded mail around a notice', () => {
  it('titles the notice without the forward mark of its subject', () => {
    const { n } = readResolved(
      [
        '转发：第四批安徽省千年古镇、千年古村落候选名单公示',
        '发件人：（略）',
        '收件人：各有关单位',
        '各有关单位：请查收。',
        ...notice,
      ].join('\n'),
    );
    expect(n.metadata.title).toBe('第四批安徽省千年古镇、千年古村落候选名单公示');
  });

  it('never takes a header line for the title', () => {
    const { n } = readResolved(
      [
        '转发：（无主题）',
        '发件人：（略）',
        '收件人：各有关单位',
        '各有关单位：请查收。',
        ...notice,
      ].join('\n'),
    );
    expect(n.metadata.title ?? '').not.toMatch(/收件人|发件人/);
  });

  it('control: a notice whose title starts with 转发 as a verb of its own keeps it', () => {
    const { n } = readResolved(
      ['某某市民政局转发省民政厅关于公布第四批千年古镇候选名单的通知', ...notice].join('\n'),
    );
    expect(n.metadata.title).toBe('某某市民政局转发省民政厅关于公布第四批千年古镇候选名单的通知');
  });
});

describe('a page printed from a browser', () => {
  it('titles the notice without the address the running head sets beside it', () => {
    const { n } = readResolved(
      [
        '第四批安徽省千年古镇、千年古村落候选名单公示 http://hefei.example.com/xinwen/57940218/',
        ...notice,
      ].join('\n'),
    );
    expect(n.metadata.title).toBe('第四批安徽省千年古镇、千年古村落候选名单公示');
  });
});

describe('the marks themselves', () => {
  it('cuts a forward mark, repeated, and a web address after the title', () => {
    expect(withoutCarrierMarks('Fw: 转发：某某名单公示').text).toBe('某某名单公示');
    expect(
      withoutCarrierMarks(
        '湖北省成立首个街道社会组织孵化基地 http://www.smjic.org/index.php/View/509.html',
      ).text,
    ).toBe('湖北省成立首个街道社会组织孵化基地');
    expect(withoutCarrierMarks('某某名单公示www.example.gov.cn/a.html').text).toBe('某某名单公示');
  });

  it('control: keeps a title naming a site in words, and a notice line naming its theme', () => {
    expect(withoutCarrierMarks('关于公布中国社会组织网优秀案例的通知').text).toBe(
      '关于公布中国社会组织网优秀案例的通知',
    );
    expect(MAIL_HEADER_LINE.test('主题词：民政 社区 通知')).toBe(false);
    expect(MAIL_HEADER_LINE.test('收件人：各有关单位')).toBe(true);
  });
});

describe("a mail's subject line kept with its field name", () => {
  it('titles the notice by the subject when the body sets no title of its own', () => {
    const { n } = readResolved(
      [
        '发件人：（略）',
        '主题：转发：第四批安徽省千年古镇、千年古村落候选名单公示',
        '收件人：各有关单位',
        ...notice,
      ].join('\n'),
    );
    expect(n.metadata.title).toBe('第四批安徽省千年古镇、千年古村落候选名单公示');
  });
});
