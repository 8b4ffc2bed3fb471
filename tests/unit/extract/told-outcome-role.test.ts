/**
 * A page with no sign of an organ's own document that tells its units' outcome in the third
 * person ("本省有3家社会组织入选", "…项目荣获一等奖", "…被命名为…") retells another's list: news.
 * The same units confirmed in the page's own words ("省民政厅确定…为…") are the list itself; and
 * a headline's passive ("某县被联合国认定的…") is no organ confirming anything.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions: gazetteerRegionLookup() });

const UNITS =
  '\n1. 南昌市青云谱区邻里互助协会\n2. 九江市濂溪区乡贤理事会\n3. 赣州市章贡区志愿者联合会\n';

describe('a page telling its units’ outcome in the third person', () => {
  it('is news when the units are said to have been chosen', () => {
    const told =
      '江西省先进社会组织\n经各地推荐、审核，江西省有3家社会组织入选“全省先进社会组织”。' + UNITS;
    expect(extract(told).metadata.role).toBe('news');
    const own =
      '江西省先进社会组织\n经各地推荐、审核，省民政厅确定以下3家社会组织为“全省先进社会组织”。' +
      UNITS;
    expect(extract(own).metadata.role).toBe('confirmation');
  });

  it('is news when the naming is told in the passive', () => {
    const told =
      '社区治理的几点做法\n近年来，我省持续推进社区建设。青云谱区洪都街道三店社区、濂溪区十里街道' +
      '莲花社区等2个社区先后被命名为“全省和谐社区示范社区”。';
    expect(extract(told).metadata.role).toBe('news');
  });

  it('reads a headline’s passive as no confirmation', () => {
    const headline = '江西这个县被联合国认定的"千年古县"，江西仅2个';
    const text =
      `${headline}\n“千年古县”是地名文化遗产保护工程的重点项目之一，在800多个古县中优选出100个。\n` +
      '江西省的这两个地方被评定为“千年古县”，浮梁县、铅山县。\n' +
      '浮梁县：浮梁历史悠久，唐代即在此置县。\n铅山县：铅山之名沿用至今，已有千年。\n';
    const n = extractNotice(
      { format: 'html', text, blocks: [], hints: { title: headline } },
      { fileName: 't.html', regions: gazetteerRegionLookup() },
    );
    expect(n.metadata.title).toBe(headline);
    expect(n.metadata.role).toBe('news');
  });
});

/**
 * A confirming verb closing a headline's clause after the units it counts ("9家…度假区公布 …") tells
 * what happened to them: the headline's units are its subject, no organ confirms them.
 */
describe('a headline telling its counted units were published', () => {
  const body = [
    '依照有关办法，经各省推荐、委员会评定，9家度假区被确定为国家级旅游度假区，分别为：',
    '海南省三亚市亚龙湾旅游度假区、浙江省湖州市安吉灵峰旅游度假区、山东省烟台市蓬莱旅游度假区。',
    '此前拟定的某度假区未进入此名单。',
  ];
  const roleOf = (headline: string) => {
    const n = extractNotice(
      {
        format: 'html',
        text: [headline, ...body].join('\n'),
        blocks: [],
        hints: { title: headline },
      },
      { fileName: 't.html', regions: gazetteerRegionLookup() },
    );
    expect(n.metadata.title).toBe(headline);
    return n.metadata.role;
  };

  it('is news when the verb closes the clause after the count', () => {
    expect(roleOf('9家国家级旅游度假区公布 拟定某度假区此次出局')).toBe('news');
    expect(roleOf('首批9家国家级旅游度假区确定 某度假区此次出局')).toBe('news');
  });

  it('look-alike: an organ publishing the counted units confirms them', () => {
    expect(roleOf('文化和旅游部公布9家国家级旅游度假区')).toBe('confirmation');
    expect(roleOf('关于公布9家国家级旅游度假区的通知')).toBe('confirmation');
  });

  it('look-alike: a named list published stays the list', () => {
    expect(roleOf('9家国家级旅游度假区名单公布')).toBe('confirmation');
  });

  it('look-alike: a batch published without a count of its units stays the list', () => {
    expect(roleOf('首批国家级旅游休闲街区公布')).toBe('confirmation');
    expect(roleOf('第三批国家级旅游休闲街区确定')).toBe('confirmation');
  });

  it('look-alike: the verb going on to its object is no clause end', () => {
    expect(roleOf('9家国家级旅游度假区公布拟定名单')).toBe('confirmation');
  });
});
