/**
 * A unit's closing word cut at a line end, its last character or two alone on the next line
 * ("…、三坝社" / "区"), is joined back whatever width the page gave the line; a line that is
 * whole already, or a short line that completes no unit word, keeps its break.
 */
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/main/core/import/extract/reading-text';

const read = (lines: string[]) => readingText(lines.join('\n'), 'pdf').text.split('\n');

describe('a unit word cut at a line end', () => {
  it('joins the rest of 社区, 居委会 or 街道 to the line it was cut from', () => {
    expect(read(['聚源镇普星社区、五龙社区、三坝社', '区', '石羊镇卫星社区'])).toEqual([
      '聚源镇普星社区、五龙社区、三坝社区',
      '石羊镇卫星社区',
    ]);
    expect(read(['南苑街道东风居委', '会', '北关街', '道'])).toEqual([
      '南苑街道东风居委会',
      '北关街道',
    ]);
  });

  it('keeps the break after a whole name, and before a short line that ends no unit word', () => {
    expect(read(['龙池镇查关社区', '区', '附件'])).toEqual(['龙池镇查关社区', '区', '附件']);
    expect(read(['聚源镇普星社区、五龙社', '2', '附件'])).toEqual([
      '聚源镇普星社区、五龙社',
      '2',
      '附件',
    ]);
  });
});

describe('a whole unit word on its own line', () => {
  it('keeps a table heading cell 社区 or 街道 on its line: it is no rest of a cut word', () => {
    expect(read(['序号', '所属镇', '社区', '类别'])).toEqual(['序号', '所属镇', '社区', '类别']);
    expect(read(['区（县）', '街道', '社区'])).toEqual(['区（县）', '街道', '社区']);
  });
});
