/**
 * One piece of a numbered series of write-ups: the headline is its own words, the dash
 * subtitle under it names the series ("——某区社区治理案例（三）"). The headline is the title, and
 * the page is told about its unit, no organ's document: the honours its body tells in passing
 * confirm nothing. Composed in other words and places than any notice read.
 */
import { describe, expect, it } from 'vitest';
import { newsWeight } from '../../../src/main/core/import/extract/notice-voice';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

const BODY = [
  '青石社区新时代文明实践站坚持“服务群众、凝聚群众”的定位，开设了社区里第一个共享书屋。',
  '青石社区被评为2021年度全省志愿服务示范社区，其“邻里帮”队伍现有志愿者300余名。',
];

describe('a headline over a dash subtitle naming a series of write-ups', () => {
  const text = ['邻里互助暖人心', '——滨江新区文明实践志愿服务案例（三）', ...BODY].join('\n');

  it('the headline is the title, not the subtitle', () => {
    expect(readResolved(text).n.metadata.title).toBe('邻里互助暖人心');
  });

  it('the page is a piece told about its unit (news)', () => {
    expect(readResolved(text).n.metadata.role).toBe('news');
  });

  it('a subtitle numbered as one of a series in traditional characters is one too', () => {
    const trad = ['鄰里互助暖人心', '——濱江新區文明實踐志願服務案例（三）', ...BODY].join('\n');
    expect(readResolved(trad).n.metadata.role).toBe('news');
  });

  it('a subtitle naming no series is no sign of a story', () => {
    // Weighed as a sign, since the body itself (被评为) now tells the page is news.
    const plain = ['邻里互助暖人心', '——记青石社区的志愿者们', ...BODY].join('\n');
    const weight = (t: string) =>
      newsWeight({ doc: keyText(t), title: '邻里互助暖人心', docNo: null });
    const body = weight(['邻里互助暖人心', ...BODY].join('\n'));
    expect(weight(plain)).toBe(body);
    expect(weight(text)).toBe(body + 1);
  });
});
