/**
 * A page titling a document by its 文号 and its title in book-title marks
 * ("某府发〔2003〕61号《某市人民政府关于…的通报》") gives the title the marks hold, and the
 * organ that title opens with issues the notice, not the office whose source line closes the page.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const metadata = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).metadata;

const marked = '《绵阳市人民政府关于命名游仙区春天路等5个社区为绵阳市文明社区的通报》';
const page = (first: string) =>
  [
    first,
    '绵府发〔2005〕12号',
    '各区县政府，市政府各部门：',
    '2004年以来，游仙区春天路等5个社区认真开展文明社区创建活动，成效明显。',
    '经研究，市政府决定命名游仙区春天路等5个社区为绵阳市文明社区。',
    '二○○五年三月一日',
    '来源：绵阳市人民政府办公室',
  ].join('\n');

describe('a document titled by its number and its marked title', () => {
  it('is titled with what the marks hold', () => {
    expect(metadata(page(`绵府发〔2005〕12号${marked}`)).title).toBe(marked.slice(1, -1));
  });

  it('is issued by the organ its title opens with', () => {
    expect(metadata(page(`绵府发〔2005〕12号${marked}`)).issuer).toBe('绵阳市人民政府');
  });

  it('the marked title alone reads the same', () => {
    expect(metadata(page(marked)).title).toBe(marked.slice(1, -1));
  });
});
