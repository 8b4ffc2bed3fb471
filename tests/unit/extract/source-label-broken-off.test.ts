/**
 * A page copied into a document keeps each of its fields on a paragraph of its own, so the
 * source label stands alone ("来源:") and the organ it names is the next line: that organ is
 * the page's. A label with nothing after it and no organ below names no one.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).metadata
    .issuer;

const page = (below: string) =>
  [
    '副局长李明调研社区养老服务工作',
    '发布日期:',
    '2021-05-12',
    '来源:',
    below,
    '5月11日,副局长李明赴社区调研居家养老服务中心建设和运营情况,听取了街道的工作汇报。',
    '李明一行实地察看了助餐点和日间照料中心,详细了解了服务开展情况。',
  ].join('\n');

describe('a source label broken off its name', () => {
  it('names the organ on the next line', () => {
    expect(issuer(page('青溪县民政局'))).toBe('青溪县民政局');
  });

  it('names no one when the next line is no organ', () => {
    expect(issuer(page('浏览次数:'))).toBeNull();
  });
});
