/**
 * Headings that count their own group, each a line above its entries: a group cut short
 * warns; groups whose entries match their counts do not.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const mismatch = (text: string) =>
  readResolved(text).n.warnings.filter((w) => w.code === 'count_mismatch');

const group = (head: string, names: string[]) => `${head}\n${names.join('\n')}\n`;

describe('group headings counting the lines below them', () => {
  it('warns for the group a copy cut short', () => {
    const w = mismatch(
      '广东省公布第十次乡镇综合文化站评估定级上等级站名单\n' +
        group('潮州市特级文化站(3个)', ['潮安区庵埠镇', '潮安区东凤镇', '饶平县钱东镇']) +
        group('潮州市一级文化站(4个)', ['潮安区凤凰镇', '潮安区浮洋镇', '饶平县浮山镇']),
    );
    expect(w.map((x) => [x.category, x.stated, x.found])).toEqual([['潮州市一级文化站', 4, 3]]);
  });

  it('leaves groups whose lines match their counts', () => {
    expect(
      mismatch(
        '广东省公布第十次乡镇综合文化站评估定级上等级站名单\n' +
          group('潮州市特级文化站(3个)', ['潮安区庵埠镇', '潮安区东凤镇', '饶平县钱东镇']) +
          group('潮州市一级文化站(2个)', ['潮安区凤凰镇', '饶平县浮山镇']),
      ),
    ).toEqual([]);
  });
});
