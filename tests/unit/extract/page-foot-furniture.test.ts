/**
 * A story's page around its words: navigation links under it (回首页, 返 回, 回顶部), its credit
 * lines (文丨…记者, 编辑丨…) and a reporter's desk before 记者 opening the body. None of them is the
 * notice's issuer or title; the source line at the foot and the paper before the desk are.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { isJunkLine } from '../../../src/main/core/import/readers/html-junk';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't' });

const STORY =
  '4月10日，记者从民政部发布的公告中获悉，某县等单位确认成为全国婚俗改革实验区。\n' +
  '据了解，经地方申报、实地调研、综合评估等工作环节，民政部同意将某县等单位确认为全国婚俗改革实验区。\n';

describe('navigation under a story', () => {
  it('is page furniture, each link alone on its line', () => {
    for (const nav of [
      '回首页',
      '返 回',
      '回顶部',
      '返回顶部',
      '点击查看全文',
      '阅读全文',
      '返回列表',
    ])
      expect(isJunkLine(nav)).toBe(true);
  });

  it('leaves lines that only open with the same words', () => {
    for (const line of ['返回家乡创业的青年', '回首页面临的难题', '查看全文请登录后阅读下列事项'])
      expect(isJunkLine(line)).toBe(false);
  });

  it('lets the foot’s source line name the outlet, never 回顶部 (its 部 no organ’s)', async () => {
    const html =
      '<html><body><p>立即下载</p><h3>某县成为全国婚俗改革实验区</h3><p>2021-04-12 09:44:46 字号:</p>' +
      '<p>某网时刻4月12日综合(某德日报记者 吴某某)</p>' +
      STORY.split('\n')
        .filter(Boolean)
        .map((p) => `<p>${p}</p>`)
        .join('') +
      '<p>来源:某德日报</p><p>编辑:张三</p><p>点击查看全文</p><p>回首页</p><p>返 回</p><p>回顶部</p>' +
      '</body></html>';
    const doc = await readNotice('a.html', Buffer.from(html));
    expect(extractNotice(doc, { fileName: 'a.html' }).metadata.issuer).toBe('某德日报');
  });

  it('signs nothing in a text copy either', () => {
    const ex = extract('某县成为全国婚俗改革实验区\n' + STORY + '返 回\n回顶部\n');
    expect(ex.metadata.issuer).toBeNull();
  });

  it('keeps an organ signing above the date', () => {
    const ex = extract('某县成为全国婚俗改革实验区\n' + STORY + '某某县民政局\n2021年4月12日\n');
    expect(ex.metadata.issuer).toBe('某某县民政局');
  });
});

describe('credit lines', () => {
  const FEATURE =
    '“改革的难点在人们思想观念的转变，”杨某说，“有做的好的村子，也有做的没那么好的村子，我们也是想办法树典型人物、典型村子，慢慢把风气转变过来。”\n' +
    '2月1日，一对新人在某市婚姻登记中心领证。某京报记者 陈某某 摄\n' +
    '文丨某京报记者 陈某某\n编辑丨胡某\n校对丨吴某某\n' +
    '2月11日，某市某村村民“嫁闺女”，这桩婚事的亮点是“零彩礼”。2021年4月，该市成为全国第一批婚俗改革实验区。\n';

  it('are no headline of a page that prints none', () => {
    expect(extract(FEATURE).metadata.title).toBeNull();
  });

  it('leave a headline that speaks of reporters', () => {
    const ex = extract('记者走访全国婚俗改革实验区：零彩礼成新风\n' + FEATURE);
    expect(ex.metadata.title).toBe('记者走访全国婚俗改革实验区：零彩礼成新风');
  });

  it('leave a headline its site files under a column word (视频丨, 图文：)', () => {
    for (const h of ['视频丨某县入选全国婚俗改革实验区', '图文：某县成为全国婚俗改革实验区'])
      expect(extract(`${h}\n${STORY}`).metadata.title).toBe(h);
  });

  it('name the people after the label, several on one line too', () => {
    for (const c of ['编辑：张三 校对：李四', '文丨记者 张三 通讯员 李四', '摄影丨王某某 李某'])
      expect(extract(`${c}\n${STORY}`).metadata.title).toBeNull();
  });
});

describe('a reporter’s desk opening the body', () => {
  it('is dropped from the paper its byline names', () => {
    const ex = extract(
      '首批国家级旅游休闲街区名单开始公示\n' +
        '某西日报新媒体记者张某报道 1月10日，记者从文化和旅游部网站获悉，首批国家级旅游休闲街区名单开始公示。\n',
    );
    expect(ex.metadata.issuer).toBe('某西日报');
  });

  it('names no outlet when no paper stands before it', () => {
    const ex = extract(
      '首批国家级旅游休闲街区名单开始公示\n' +
        '新媒体记者张某报道 1月10日，记者从文化和旅游部网站获悉，首批国家级旅游休闲街区名单开始公示。\n',
    );
    expect(ex.metadata.issuer).toBeNull();
  });
});
