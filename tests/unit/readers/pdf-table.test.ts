import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { libreOffice } from '../../support/fixtures/pdf-fixtures';
import { buildNotice } from '../../support/unseen';
import { page, read } from './pdf-table-lines';

describe('pdf tables by column', () => {
  it('joins a cell wrapped onto lines of its own under its column to its row', () => {
    // The theme column runs from x=200 to x=400 (20 glyphs); its cells are cut at the edge.
    const lines = page(
      [
        [
          [72, '地区'],
          [200, '创新任务'],
        ],
        [
          [72, '青禾县'],
          [200, '建立乡村邻里互助积分制度，推动村民议事会'],
        ],
        [[200, '与乡贤理事会协同运行。']],
        [
          [72, '白鹭湾区'],
          [200, '完善社区应急志愿队伍体系。'],
        ],
      ],
      [2],
    );
    expect(read(lines)).toEqual([
      [
        ['地区', '创新任务'],
        ['青禾县', '建立乡村邻里互助积分制度，推动村民议事会与乡贤理事会协同运行。'],
        ['白鹭湾区', '完善社区应急志愿队伍体系。'],
      ],
    ]);
  });

  it('leaves a row whose group cell was printed once above it as a short line', () => {
    // The extractor re-aligns short rows by their content; padding the gap would hide it.
    const lines = page([
      [
        [72, '序号'],
        [120, '省份'],
        [220, '试验区'],
      ],
      [
        [72, '1'],
        [120, '东林省'],
        [220, '松石市北城区'],
      ],
      [
        [72, '2'],
        [220, '枫桥市'],
      ],
      [
        [72, '3'],
        [120, '南川省'],
        [220, '云岭县'],
      ],
    ]);
    expect(read(lines)).toEqual([
      [
        ['序号', '省份', '试验区'],
        ['1', '东林省', '松石市北城区'],
      ],
      '2\t枫桥市',
      '3\t南川省\t云岭县',
    ]);
  });

  it('reads a two-row header with its data as one table', () => {
    const lines = page([
      [
        [72, '序号'],
        [150, '试点县（市、区）'],
      ],
      [
        [120, '市'],
        [220, '县（市、区）'],
      ],
      [
        [72, '1'],
        [120, '青州市'],
        [220, '白石县'],
      ],
      [
        [72, '2'],
        [120, '柳河市'],
        [220, '芦洲区'],
      ],
    ]);
    const parts = read(lines);
    expect(parts).toHaveLength(1);
    expect((parts[0] as string[][]).slice(1)).toEqual([
      ['', '市', '县（市、区）'],
      ['1', '青州市', '白石县'],
      ['2', '柳河市', '芦洲区'],
    ]);
  });

  it('leaves a numbered one-column list and the text below a table as lines', () => {
    const list = page([[[72, '1.青禾县']], [[72, '2.白鹭湾区']], [[72, '3.松石市北城区']]]);
    expect(read(list)).toEqual(['1.青禾县', '2.白鹭湾区', '3.松石市北城区']);
    const after = page([
      [
        [72, '序号'],
        [120, '单位'],
      ],
      [
        [72, '1'],
        [120, '青禾县民政局'],
      ],
      [[72, '以上排名不分先后。']],
      [[300, '某省民政厅']],
    ]);
    expect(read(after)).toEqual([
      [
        ['序号', '单位'],
        ['1', '青禾县民政局'],
      ],
      '以上排名不分先后。',
      '某省民政厅',
    ]);
  });

  it('does not join a short cell of equal length to the row above', () => {
    // Every unit name fills the same width, none is cut: the lone line is a row of its own.
    const lines = page([
      [
        [72, '省份'],
        [160, '单位'],
      ],
      [
        [72, '东林省'],
        [160, '青禾县'],
      ],
      [[160, '白石县']],
      [
        [72, '南川省'],
        [160, '云岭县'],
      ],
    ]);
    expect(read(lines)).toEqual([
      [
        ['省份', '单位'],
        ['东林省', '青禾县'],
      ],
      '白石县',
      '南川省\t云岭县',
    ]);
  });
});

describe('pdf tables by column: what runs over', () => {
  it('leaves a signature under the last numbered row as a line', () => {
    const lines = page([
      [
        [72, '序号'],
        [120, '单位'],
      ],
      [
        [72, '1'],
        [120, '青禾县民政局'],
      ],
      [
        [72, '2'],
        [120, '白鹭湾区民政局'],
      ],
      [[72, '某省民政厅']],
    ]);
    expect(read(lines)).toEqual([
      [
        ['序号', '单位'],
        ['1', '青禾县民政局'],
        ['2', '白鹭湾区民政局'],
      ],
      '某省民政厅',
    ]);
  });

  it('splits a cell that ran into the next column at the space where that column starts', () => {
    const lines = page([
      [
        [72, '地区'],
        [180, '任务'],
      ],
      [
        [72, '青禾县'],
        [180, '建立议事协商制度'],
      ],
      // The unit fills its column: the gap to the task was too narrow for a TAB.
      [[72, '白鹭湾区南湖街道东坡 完善应急志愿体系']],
      [
        [72, '松石市'],
        [180, '推行网格服务'],
      ],
    ]);
    expect(read(lines)).toEqual([
      [
        ['地区', '任务'],
        ['青禾县', '建立议事协商制度'],
        ['白鹭湾区南湖街道东坡', '完善应急志愿体系'],
        ['松石市', '推行网格服务'],
      ],
    ]);
  });

  it('reads a group heading across a numbered table as a row, and joins wrapped column words', () => {
    const lines = page(
      [
        // Narrow columns: the header's column words wrap inside their cells.
        [
          [72, '序号'],
          [100, '市（州'],
          [135, '县（市、'],
        ],
        [
          [100, '）'],
          [135, '区）'],
        ],
        [
          [72, '1'],
          [100, '青州市'],
          [135, '白石县'],
        ],
        [[72, '二、第二组（1个）']],
        [
          [72, '2'],
          [100, '柳河市'],
          [135, '芦洲区'],
        ],
      ],
      [1],
    );
    expect(read(lines)).toEqual([
      [
        ['序号', '市（州）', '县（市、区）'],
        ['1', '青州市', '白石县'],
        ['二、第二组（1个）', '二、第二组（1个）', '二、第二组（1个）'],
        ['2', '柳河市', '芦洲区'],
      ],
    ]);
  });
});

describe.skipIf(!libreOffice)('pdf tables by column, from Word through LibreOffice', () => {
  it('reads a two-row header and cells wrapped in narrow columns as one table', async () => {
    const file = await buildNotice('composed', {
      format: 'pdf',
      title: '某省社区创新试点名单',
      tableWidth: 45,
      blocks: [
        {
          table: [
            [
              { t: '序号', rs: 2 },
              { t: '试点单位', cs: 2 },
            ],
            ['县（市、区）', '创新任务'],
            ['1', '青禾县', '建立乡村邻里互助积分制度，推动村民议事会与乡贤理事会协同运行'],
            ['2', '白鹭湾区', '完善社区应急志愿队伍体系'],
            ['3', '松石市', '推行网格化便民服务'],
          ],
        },
      ],
    });
    const doc = await readNotice(file.name, file.bytes);
    const tables = doc.blocks.flatMap((b) => (b.type === 'table' ? [b.rows] : []));
    expect(tables).toHaveLength(1);
    const rows = tables[0]!;
    expect(rows.at(-3)).toEqual([
      '1',
      '青禾县',
      '建立乡村邻里互助积分制度，推动村民议事会与乡贤理事会协同运行',
    ]);
    expect(rows.at(-1)).toEqual(['3', '松石市', '推行网格化便民服务']);
  }, 60_000);
});
