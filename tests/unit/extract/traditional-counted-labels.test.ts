/**
 * Shapes matched on the text's key, never on the characters as written, so that a notice in
 * traditional characters reads as the simplified one: a county label with its count
 * ("鹿城區（2個）：") labels the places after it and is no entry, and counties graded after
 * the villages that lie in them ("鹿城區為…優秀縣區") are no entries either.
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

describe('graded counties in traditional characters', () => {
  it('are no entries after the villages that lie in them', () => {
    const { n } = read([
      '8個示範村全部達標',
      '經評定，我市鹿城區藤橋鎮潘坑村、山福鎮驛頭村，甌海區澤雅鎮紙山村3個示範村全部達標。鹿城區為全市示範村建設優秀縣區，甌海區為良好縣區。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '鹿城區藤橋鎮潘坑村',
      '山福鎮驛頭村',
      '甌海區澤雅鎮紙山村',
    ]);
  });
});
