/**
 * A page explaining what others decided — a content site's compilation in its editor's voice
 * (小编整理…), an encyclopedia's entry (本词条…, 更多义项) — is no organ's act: the zones it
 * lists are told, not confirmed, so the page is news. Composed from the shape.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const page = (lead: string) =>
  [
    '养老服务改革试点是什么意思',
    lead,
    '一、试点名单',
    '河北省河间市、江苏省东台市、湖南省澧县等单位确认为全国养老服务改革试点地区。',
    '二、试点时间',
    '试点时间为期两年。',
  ].join('\n');

describe('a page explaining others’ acts', () => {
  it('an editor’s compilation is news, its places still read', () => {
    const { n, codes } = readResolved(page('那么，养老服务改革试点具体怎么做？小编整理内容如下：'));
    expect(n.metadata.role).toBe('news');
    expect(codes).toEqual(['130984', '320981', '430723']);
  });

  it('an encyclopedia’s entry is news', () => {
    for (const lead of ['本词条是多义词，共2个义项', '更多义项 ▼ 收起列表 ▲']) {
      expect(readResolved(page(lead)).n.metadata.role).toBe('news');
    }
  });

  it('a page titled as explaining the programme is news', () => {
    for (const title of ['养老服务改革试点解读', '民政部有关负责人就养老服务改革试点答记者问']) {
      const text = page('那么，养老服务改革试点具体怎么做？内容如下：').replace(
        '养老服务改革试点是什么意思',
        title,
      );
      expect(readResolved(text).n.metadata.role).toBe('news');
    }
    // …an interpretation named inside a title is no explaining title.
    const named = page('那么，养老服务改革试点具体怎么做？内容如下：').replace(
      '养老服务改革试点是什么意思',
      '关于确认养老服务改革试点地区并做好政策解读工作的通知',
    );
    expect(readResolved(named).n.metadata.role).toBe('confirmation');
  });

  it('the same page without either sign confirms its places', () => {
    const { n, codes } = readResolved(page('那么，养老服务改革试点具体怎么做？内容如下：'));
    expect(n.metadata.role).toBe('confirmation');
    expect(codes).toEqual(['130984', '320981', '430723']);
  });
});
