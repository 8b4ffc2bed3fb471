/**
 * The two lines of a copied page that say who wrote it and when, composed here in other words:
 * the outlet glued to its 发布时间, and a date line after the bar of a table cell the copy kept.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

describe('who wrote a copied page and when', () => {
  it('an outlet glued to the page’s 发布时间 is the issuer', () => {
    const m = meta(
      [
        '某县首家村级儿童之家挂牌',
        '青川县融媒体中心发布时间：2022-05-06',
        '近日，该县首家村级儿童之家在乔庄镇挂牌，县民政部门负责人介绍了建设标准。',
      ].join('\n'),
    );
    expect(m.issuer).toBe('青川县融媒体中心');
    expect(m.issuedOn).toBe('2022-05-06');
  });

  it('a date line after a table cell’s bar is the page’s date', () => {
    const m = meta(
      [
        '某市开展示范社区创建联合检查',
        '| 2019-06-11 09:12:30  来源：某省地震局 责任编辑：某某 |',
        '近日，某市应急局组建检查组，对申报示范社区的防灾减灾工作开展情况进行检查。 |',
      ].join('\n'),
    );
    expect(m.issuedOn).toBe('2019-06-11');
  });
});
