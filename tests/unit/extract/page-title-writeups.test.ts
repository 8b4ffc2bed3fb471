/**
 * The page's title repeated under its byline ("山东省住房和城乡建设厅关于…的公示"): an organ's
 * document title is no write-up heading, so the province is no entry titled with the notice's
 * own name, and the example the text names is read. A unit's heading, or a headline saying 关于
 * with no organ and no kind of document, is no such title (control).
 */
import { describe, expect, it } from 'vitest';
import { headsWithDocumentTitle } from '../../../src/main/core/import/extract/page-title-writeups';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

const records = (lines: string[]) =>
  readResolved(lines.join('\n')).n.records.map((r) => [r.regionText, r.title]);

describe('a document title under the byline', () => {
  it('is no write-up: the example in the text is the entry', () => {
    const title = '山东省住房和城乡建设厅关于第一批山东省绿色社区拟命名对象的公示';
    const got = records([
      title,
      '来源:山东省住建厅 发布日期:2022-02-09 浏览次数:721',
      title,
      '根据有关要求，在社区自主申报、市级自评、省级复核等评价工作基础上，拟命名济南市历下区千佛山街道千佛山东路社区等1603个城市社区为第一批山东省绿色社区，现将名单予以公示。',
      '山东省住房和城乡建设厅',
      '2022年2月8日',
    ]);
    expect(got).toEqual([['济南市历下区千佛山街道千佛山东路社区', '']]);
  });

  it('a unit’s heading or a story’s headline is no document title (control)', () => {
    const heads = (line: string) => {
      const doc = keyText(`${line}\n社区建立议事厅，居民协商解决停车难等问题。`);
      const item = { seq: null, start: 0, end: line.length, regionText: null, title: '' };
      return headsWithDocumentTitle(doc, {
        layout: 'writeup',
        items: [{ ...item, warnings: [] }],
        start: 0,
        end: line.length,
        lineIndexes: [0],
      });
    };
    expect(heads('山东省民政厅关于公布第二批全省社区治理优秀案例的通知')).toBe(true);
    expect(heads('济南市历下区千佛山街道千佛山东路社区：“邻里议事厅”')).toBe(false);
    expect(heads('历下区关于社区协商议事的探索')).toBe(false);
  });
});
