/**
 * A story naming a list's projects by their titles only, in book-title marks, before their
 * count ("《甲》《乙》等8个项目榜上有名"): each title is an entry with no place, for the ledger to
 * join to the case of that title. Cited documents counted so are no entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const STORY = (sentence: string) =>
  [
    '我区8个项目获评2023年度全区社会救助创新成果',
    '来源：某某日报',
    `本报讯 近日，区民政局对2023年度全区社会救助创新成果给予通报表扬。${sentence}`,
  ].join('\n');

describe('titles in book-title marks before their count', () => {
  it('are entries of the case list, each with its title and no place', () => {
    const { n } = readResolved(
      STORY('《救助直达一网通办》《困难群众帮扶暖心行动》等8个项目榜上有名，涉及多个领域。'),
    );
    expect(n.records.map((r) => [r.kind, r.regionText, r.title])).toEqual([
      ['case', null, '救助直达一网通办'],
      ['case', null, '困难群众帮扶暖心行动'],
    ]);
  });

  it('are no entries when they are documents the notice cites', () => {
    const { n } = readResolved(
      STORY('区民政局印发《社会救助工作规范》《临时救助实施办法》等3个文件，要求各地执行。'),
    );
    expect(n.records).toEqual([]);
  });
});
