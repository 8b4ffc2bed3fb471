/**
 * "●灵璧县冯庙镇": a county site sets each unit of a list on its own line behind a bullet glyph;
 * the glyph is dropped from the reading text so the line reads as its place. Controls: a run of
 * glyphs is a censor's mask and stays (warned of as masked text), and a glyph inside a line is
 * not a bullet.
 */
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/main/core/import/extract/reading-text';
import { readResolved } from './helpers';

const HEAD = '名单出炉!我县省级文明村镇再添新军!\n第五届省文明村镇(灵璧)\n';

describe('a bullet glyph at the head of a list line', () => {
  it('is dropped, so each bulleted line reads as its town or village', () => {
    const { n, codes } = readResolved(
      HEAD + '●灵璧县冯庙镇\n●灵璧县渔沟镇卓庄村\n●灵璧县下楼镇高王村\n●灵璧县渔沟镇郑楼村\n',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '灵璧县冯庙镇',
      '灵璧县渔沟镇卓庄村',
      '灵璧县下楼镇高王村',
      '灵璧县渔沟镇郑楼村',
    ]);
    expect(codes).toEqual(['341323', '341323', '341323', '341323']);
  });

  it('maps the kept characters back to the raw text', () => {
    const r = readingText('• 冯庙镇\n◆渔沟镇', 'txt');
    expect(r.text).toBe('冯庙镇\n渔沟镇');
    expect(r.origin[0]).toBe(2);
  });

  it('leaves a censor mask and a glyph inside a line alone', () => {
    expect(readingText('■■■镇卓庄村', 'txt').text).toBe('■■■镇卓庄村');
    expect(readingText('灵璧县●冯庙镇', 'txt').text).toBe('灵璧县●冯庙镇');
    expect(readingText('▲渔沟镇卓庄村', 'txt').text).toBe('▲渔沟镇卓庄村');
  });

  it("keeps the glyph of a news item's highlight that says what its unit was named", () => {
    const highlight =
      '◎福州道社区获评“全国家庭教育工作示范社区”\n◎大田村健康女童学校获评“全国示范家长学校”';
    expect(readingText(highlight, 'txt').text).toBe(highlight);
    expect(readingText('●新北街道被评为示范单位', 'txt').text).toBe('●新北街道被评为示范单位');
    // Control: a bulleted list line is still read bare.
    expect(readingText('●灵璧县冯庙镇\n●灵璧县渔沟镇卓庄村', 'txt').text).toBe(
      '灵璧县冯庙镇\n灵璧县渔沟镇卓庄村',
    );
  });
});
