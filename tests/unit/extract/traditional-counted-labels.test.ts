/**
 * A county label with its count written in traditional characters ("鹿城區（2個）：") labels the
 * places after it as the simplified one does: the count is found on the text's key, never on
 * the characters as written, so it is neither left on the label nor read as an entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('counted labels in traditional characters', () => {
  it('places the names under each counted county label, the labels no entries', () => {
    const { n, codes } = read([
      '溫州市第三批市級美麗鄉村示範村推薦名單',
      '鹿城區（2個）：',
      '藤橋鎮潘坑村、山福鎮驛頭村',
      '甌海區（1個）：',
      '澤雅鎮紙山村',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '藤橋鎮潘坑村',
      '山福鎮驛頭村',
      '澤雅鎮紙山村',
    ]);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['330302', '330302', '330304']);
  });
});
