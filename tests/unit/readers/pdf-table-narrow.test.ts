import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { ReadBudget } from '../../../src/main/core/import/readers/budget';
import { itemsToLines } from '../../../src/main/core/import/readers/pdf-lines';
import { laidOutPages } from '../../../src/main/core/import/readers/pdf-reader';
import { libreOffice } from '../../support/fixtures/pdf-fixtures';
import { buildNotice } from '../../support/unseen';
import { page, printed, read } from './pdf-table-lines';

/** Rows 16pt apart, the lines of one cell 14.4pt apart. */
const IN_CELL = 14.4;

describe('pdf tables in narrow columns', () => {
  it('joins a unit wrapped in the first column beside a theme a space away', () => {
    const lines = printed(
      [
        [
          [72, '地区'],
          [173, '创新任务'],
        ],
        [
          [72, '松石市'],
          [173, '推行网格化便民服务'],
        ],
        // The unit fills its column: the theme stands one space after it, not a TAB.
        [
          [72, '青禾县白鹭湾区北城'],
          [173, '建立乡村邻里互助积'],
        ],
        [
          [72, '街道'],
          [173, '分制度。'],
        ],
        [
          [72, '云岭县'],
          [173, '完善应急志愿体系。'],
        ],
      ],
      [0, 16, 16, IN_CELL, 16],
    );
    expect(read(lines)).toEqual([
      [
        ['地区', '创新任务'],
        ['松石市', '推行网格化便民服务'],
        ['青禾县白鹭湾区北城街道', '建立乡村邻里互助积分制度。'],
        ['云岭县', '完善应急志愿体系。'],
      ],
    ]);
  });

  it('parts a count from the name it stands beside by where the count column starts', () => {
    // "北坡" and "3个" print a space apart; the text drops it as CJK–digit autospace.
    const lines = printed([
      [
        [72, '县别'],
        [130, '村落名称'],
        [220, '个数'],
      ],
      [
        [72, '青禾县'],
        [130, '青禾县东山乡'],
        [220, '2个'],
      ],
      [
        [72, '白鹭县'],
        [130, '白鹭县南湖镇北坡'],
        [220, '3个'],
      ],
    ]);
    expect(read(lines)).toEqual([
      [
        ['县别', '村落名称', '个数'],
        ['青禾县', '青禾县东山乡', '2个'],
        ['白鹭县', '白鹭县南湖镇北坡', '3个'],
      ],
    ]);
  });

  it('carries on a cell that stopped short before a mark no line may start with', () => {
    const lines = page(
      [
        [
          [72, '地区'],
          [150, '创新任务'],
        ],
        [
          [72, '青禾县'],
          [150, '推行网格化便民服务站'],
        ],
        // A closing mark moved down with the glyphs before it: the line stops two glyphs
        // short of the column's edge.
        [
          [72, '白鹭湾区'],
          [150, '完善社区应急志愿'],
        ],
        [[150, '队伍、网格体系。']],
      ],
      [3],
    );
    expect(read(lines)).toEqual([
      [
        ['地区', '创新任务'],
        ['青禾县', '推行网格化便民服务站'],
        ['白鹭湾区', '完善社区应急志愿队伍、网格体系。'],
      ],
    ]);
  });

  it('keeps a header’s second row under a cell merged across in the table', () => {
    const h = '试点县（市、区）名单';
    const lines = page([
      [
        [72, '序号'],
        [120, h],
      ],
      [
        [120, '市'],
        [200, '县（市、区）'],
      ],
      [
        [72, '1'],
        [120, '青州市'],
        [200, '白石县'],
      ],
      [
        [72, '2'],
        [120, '柳河市'],
        [200, '芦洲区'],
      ],
    ]);
    expect(read(lines)).toEqual([
      [
        ['序号', h, h],
        ['', '市', '县（市、区）'],
        ['1', '青州市', '白石县'],
        ['2', '柳河市', '芦洲区'],
      ],
    ]);
  });

  it('reads a group heading a narrow number column would hold as a row across', () => {
    const lines = page([
      [
        [72, '序号'],
        [120, '县（市、区）'],
        [200, '社区'],
      ],
      [[72, '东林市']],
      [
        [72, '1'],
        [120, '青禾县'],
        [200, '东坡社区'],
      ],
      [
        [72, '2'],
        [120, '白鹭区'],
        [200, '南湖社区'],
      ],
      [[72, '南川市']],
      [
        [72, '3'],
        [120, '云岭县'],
        [200, '北城社区'],
      ],
    ]);
    expect(read(lines)).toEqual([
      [
        ['序号', '县（市、区）', '社区'],
        ['东林市', '东林市', '东林市'],
        ['1', '青禾县', '东坡社区'],
        ['2', '白鹭区', '南湖社区'],
        ['南川市', '南川市', '南川市'],
        ['3', '云岭县', '北城社区'],
      ],
    ]);
  });

  it('never carries a line on into a row’s number', () => {
    // The next group's heading, its rows on the next page: the number column is narrow.
    const lines = page([
      [
        [72, '序号'],
        [120, '单位'],
      ],
      [
        [72, '30'],
        [120, '青禾县'],
      ],
      [
        [72, '31'],
        [120, '白鹭区'],
      ],
      [[72, '南川市']],
    ]);
    expect(read(lines)).toEqual([
      [
        ['序号', '单位'],
        ['30', '青禾县'],
        ['31', '白鹭区'],
      ],
      '南川市',
    ]);
  });

  it('keeps rows under a merged cell that run to the page’s foot, wrapped lines and all', () => {
    const lines = page(
      [
        [
          [72, '县别'],
          [130, '村落名称'],
          [220, '个数'],
        ],
        [
          [72, '青禾县'],
          [130, '青禾县东山乡'],
          [220, '3个'],
        ],
        [[130, '青禾县西岭']],
        [[130, '乡上村']],
        [[130, '青禾县北坡']],
        [[130, '乡下村']],
      ],
      [3, 5],
    );
    expect(read(lines)).toEqual([
      [
        ['县别', '村落名称', '个数'],
        ['青禾县', '青禾县东山乡', '3个'],
      ],
      '青禾县西岭乡上村',
      '青禾县北坡乡下村',
    ]);
  });
});

describe('pdf tables carried on over a page', () => {
  it('reads a table that goes on without its header in the columns it ended in', () => {
    const pages = [
      printed([
        [
          [72, '县别'],
          [130, '村落名称'],
          [220, '个数'],
        ],
        [
          [72, '青禾县'],
          [130, '青禾县东山乡'],
          [220, '2个'],
        ],
      ]),
      // No header and no full row: the count stands a space after a long name.
      printed([
        [
          [72, '白鹭县'],
          [130, '白鹭县南湖镇北坡'],
          [220, '3个'],
        ],
        [
          [72, '云岭县'],
          [130, '云岭县西山乡'],
        ],
      ]),
    ];
    const doc = laidOutPages(pages, new ReadBudget()).build('pdf');
    // The row short of the count (merged down) stays a line of its cells, as on any page.
    expect(doc.text.split('\n')).toContain('白鹭县\t白鹭县南湖镇北坡\t3个');
  });
});

describe('pdf lines for tables', () => {
  it('sets a line on the baseline of its widest piece, not of a number set higher', () => {
    const [line] = itemsToLines([
      { str: '2', x: 72, y: 702.2, width: 5, size: 10 },
      { str: '青禾县白鹭湾区', x: 120, y: 700, width: 70, size: 10 },
    ]);
    expect(line!.y).toBe(700);
  });

  it('leaves prose with spaces, and a numbered list, as lines', () => {
    const prose = printed([
      [
        [72, '根据 2023 年'],
        [140, '工作安排，现将 Community 名单'],
      ],
      [[72, '公布如下：']],
      [
        [72, '1.'],
        [85, '青禾县 东山乡'],
      ],
      [
        [72, '2.'],
        [85, '白鹭县 南湖镇'],
      ],
    ]);
    expect(read(prose)).toEqual([
      '根据2023年工作安排，现将Community名单',
      '公布如下：',
      '1.青禾县 东山乡',
      '2.白鹭县 南湖镇',
    ]);
  });
});

describe.skipIf(!libreOffice)('pdf tables in narrow columns, from Word through LibreOffice', () => {
  it('reads a long unit wrapped beside its theme as one row', async () => {
    const file = await buildNotice('composed', {
      format: 'pdf',
      title: '某省社区治理创新实验区名单',
      tableWidth: 45,
      blocks: [
        {
          table: [
            ['地区', '实验任务'],
            ['青禾县', '建立乡村邻里互助积分制度，推动村民议事会与乡贤理事会协同运行。'],
            [
              '东林自治区松石市白鹭湾区',
              '完善社区应急志愿队伍体系，健全网格化服务机制，推动多方协同参与。',
            ],
            ['云岭县', '推行网格化便民服务。'],
          ],
        },
      ],
    });
    const doc = await readNotice(file.name, file.bytes);
    const rows = doc.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []));
    expect(rows).toContainEqual([
      '东林自治区松石市白鹭湾区',
      '完善社区应急志愿队伍体系，健全网格化服务机制，推动多方协同参与。',
    ]);
  }, 60_000);
});
