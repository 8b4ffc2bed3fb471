/**
 * Projects named without quotation marks right after the community or village that runs them,
 * closed by a count of projects and an honouring verb (…社区多彩童年公益众筹、…社区的邻里互助联盟
 * 等10个项目获得一等奖): one entry each, the place as written and the words after it the title.
 * A piece that opens with no such place leaves the sentence to the readers of places.
 * Composed notices, invented project names.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => {
  const { n, codes } = readResolved(lines.join('\n\n'));
  return { codes, titles: n.records.map((r) => r.title) };
};

describe('projects named bare after their community', () => {
  it('reads each project after its community, past a 的, before the count of projects', () => {
    const { codes, titles } = read([
      '全省社区公益创投大赛落幕',
      '本报讯 全省社区公益创投大赛落幕，最终宁乡市灰汤镇灰汤村银发课堂公益众筹、宁乡市花明楼镇花明楼村的邻里互助联盟等10个项目获得一等奖。',
    ]);
    expect(titles).toEqual(['银发课堂公益众筹', '邻里互助联盟']);
    expect(codes).toEqual(['430182', '430182']);
  });

  it('leaves a sentence whose pieces are places only', () => {
    const { titles } = read([
      '全省社区公益创投大赛落幕',
      '本报讯 宁乡市灰汤镇灰汤村、宁乡市花明楼镇花明楼村等10个项目获得一等奖。',
    ]);
    expect(titles.filter((t) => t !== '')).toEqual([]);
  });
});
