/**
 * A page that is an organ's own document — headed by the document's title and signed by the organ
 * with its date — is that document whatever site carried it: a portal's foot line
 * (原标题: 来源:某某在线 编辑:…) or a repost's 原标题 line makes it no story. A reporter's lead
 * quoting the same document, or a page's own headline over it, is still a story.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const read = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata;

const TITLE = '第四批安徽省千年古镇、千年古村落候选名单公示';
const BODY = [
  '根据省民政厅等五部门《关于开展安徽省千年古镇、千年古村落地名文化遗产认定工作的通知》,今年,全省继续开展了千年古镇、千年古村落地名文化遗产申报工作。经省民政厅等五部门审核,确定第四批安徽省千年古镇、千年古村落候选名单,现予公示(名单附后)。',
  '任何单位或个人对公示的名单有异议,可于公示期间向省民政厅区划地名处反映。',
  '公示时间:6月2~9日',
];
const SIGNED = ['安徽省民政厅', '2017年6月1日'];
const LIST = [
  '千年古镇候选名单3个:',
  '宿州市埇桥区蕲县镇',
  '宿州市灵璧县灵城镇',
  '蚌埠市怀远县龙亢镇',
];

describe('a signed document under its own title', () => {
  it("is the document though a portal's foot line names its source", () => {
    const m = read([
      TITLE,
      '04.06.2017  21:54',
      ...BODY,
      ...SIGNED,
      ...LIST,
      '原标题: 来源:中安在线    作者:    编辑:毛某某',
    ]);
    expect(m.role).toBe('confirmation');
    expect(m.issuer).toBe('安徽省民政厅');
  });
});

describe('a story quoting a signed document', () => {
  it("a reporter's lead keeps it a story", () => {
    const m = read([
      TITLE,
      '中安在线讯(记者 张三)日前,省民政厅发布第四批千年古镇、千年古村落候选名单公示。',
      ...BODY,
      ...SIGNED,
      ...LIST,
    ]);
    expect(m.role).toBe('news');
    expect(m.issuer).toBe('中安在线');
  });

  it("an outlet's 消息 dateline keeps it a story, as its 讯 does", () => {
    const m = read([
      TITLE,
      '来源:中安在线',
      '中安在线消息:日前,省民政厅发布第四批千年古镇、千年古村落候选名单公示。',
      ...BODY,
      ...SIGNED,
      ...LIST,
    ]);
    expect(m.role).toBe('news');
    expect(m.issuer).toBe('中安在线');
  });

  it("a page's own headline over the document keeps it a story", () => {
    const m = read([
      '安徽这些古镇古村入选!有你的家乡吗?',
      '来源:中安在线',
      TITLE,
      ...BODY,
      ...SIGNED,
      ...LIST,
    ]);
    expect(m.role).toBe('news');
  });
});
