/**
 * Issue #20, finding 2 (last part): numbered lists used to stop at item 999 without a word
 * — "1000." was not a number, so items 1000 onwards were swallowed into item 999. Lists
 * and tables with four-digit numbers are read whole now.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { readNumbering } from '../../../src/main/core/import/extract/numbering';
import { txtDoc } from './helpers';

const PLACES = ['石家庄市长安区', '保定市竞秀区', '唐山市路北区', '邯郸市丛台区', '邢台市信都区'];

function longList(n: number, sep: string): string {
  const items = Array.from(
    { length: n },
    (_, i) => `${i + 1}${sep}${PLACES[i % PLACES.length]}第${i + 1}号社区治理创新实验`,
  );
  return `关于确认省级社区治理创新实验区的通知\n${items.join('\n')}\n河北省民政厅\n2021年6月30日\n`;
}

describe('numbered lists longer than 999 items', () => {
  it('reads four-digit item numbers, and still not a year in prose', () => {
    expect(readNumbering('1000.石家庄市长安区')).toMatchObject({ seq: 1000 });
    expect(readNumbering('1234、保定市竞秀区')).toMatchObject({ seq: 1234 });
    expect(readNumbering('2023，全省共有')).toBeNull();
    expect(readNumbering('2022.3.18')).toBeNull();
  });

  it('reads a 1,200-item list whole', () => {
    const ex = extractNotice(txtDoc(longList(1200, '.')), { fileName: 'long.txt' });
    expect(ex.records).toHaveLength(1200);
    expect(ex.records.at(-1)!.seq).toBe(1200);
    expect(ex.records[998]!.title).not.toContain('1000');
    expect(ex.records[998]!.content ?? '').not.toContain('1000');
  });

  it('reads a table with 1,200 numbered rows whole', () => {
    const rows = Array.from(
      { length: 1200 },
      (_, i) => `${i + 1}\t${PLACES[i % PLACES.length]}\t第${i + 1}号社区治理创新实验`,
    );
    const text = `关于确认省级社区治理创新实验区的通知\n序号\t地区\t实验主题\n${rows.join('\n')}\n河北省民政厅\n2021年6月30日\n`;
    const ex = extractNotice(txtDoc(text), { fileName: 'table.txt' });
    expect(ex.records).toHaveLength(1200);
    expect(ex.records.at(-1)!.seq).toBe(1200);
  });
});
