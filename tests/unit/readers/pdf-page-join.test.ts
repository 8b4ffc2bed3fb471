import { describe, expect, it } from 'vitest';
import { joinCutCellsAcrossPages } from '../../../src/main/core/import/readers/pdf-page-join';
import { page, read } from './pdf-table-lines';

// The task column runs from x=200 to x=400 (20 glyphs): a cell cut there carries on.
const foot = page(
  [
    [
      [72, '地区'],
      [200, '试点任务'],
    ],
    [
      [72, '松岭镇'],
      [200, '健全山林防火巡护制度。'],
    ],
    [
      [72, '云溪乡'],
      [200, '建立河道保洁长效机制，组织村民轮流巡查并'],
    ],
  ],
  [],
);

describe('a table cell cut at a page foot', () => {
  it('joins the next page’s first line under its column to the cut cell', () => {
    const next = page([
      [[200, '按月公示结果。']],
      [
        [72, '石桥村'],
        [200, '推行垃圾分类积分兑换。'],
      ],
      [
        [72, '柳湾村'],
        [200, '开展老年食堂试点。'],
      ],
    ]);
    const [first, second] = joinCutCellsAcrossPages([foot, next]);
    expect(read(first!)).toEqual([
      [
        ['地区', '试点任务'],
        ['松岭镇', '健全山林防火巡护制度。'],
        ['云溪乡', '建立河道保洁长效机制，组织村民轮流巡查并按月公示结果。'],
      ],
    ]);
    expect(second!.map((l) => l.text)).toEqual([
      '石桥村\t推行垃圾分类积分兑换。',
      '柳湾村\t开展老年食堂试点。',
    ]);
  });

  it('leaves the prose that follows a table ending at a page foot on its page', () => {
    const next = page([[[72, '以上试点单位应于年底前报送工作总结，逾期未报的予以通报。']]]);
    const [first, second] = joinCutCellsAcrossPages([foot, next]);
    expect(first).toEqual(foot);
    expect(second).toEqual(next);
  });

  it('leaves a cell not cut at its edge alone', () => {
    const short = page(
      [
        [
          [72, '地区'],
          [200, '试点任务'],
        ],
        [
          [72, '云溪乡'],
          [200, '建立河道保洁长效机制，组织村民轮流巡查并'],
        ],
        [[200, '按月公示结果。']],
        [
          [72, '松岭镇'],
          [200, '健全山林防火巡护制度。'],
        ],
      ],
      [2],
    );
    const next = page([[[200, '另附说明一份。']]]);
    const [first, second] = joinCutCellsAcrossPages([short, next]);
    expect(first).toEqual(short);
    expect(second).toEqual(next);
  });

  it('keeps a numbered list’s next row on the next page', () => {
    const numbered = page([
      [
        [72, '序号'],
        [110, '单位'],
        [200, '事项'],
      ],
      [
        [72, '1'],
        [110, '东岗村'],
        [200, '修缮村道两公里并加装路灯，完成验收后公示'],
      ],
      [
        [72, '2'],
        [110, '西岭村'],
        [200, '新建文化活动室一处，配齐桌椅和图书并对外'],
      ],
    ]);
    const next = page([
      [
        [72, '3'],
        [110, '南坡村'],
        [200, '改造饮水管网。'],
      ],
      [
        [72, '4'],
        [110, '北塘村'],
        [200, '整治河塘。'],
      ],
    ]);
    const [first, second] = joinCutCellsAcrossPages([numbered, next]);
    expect(first).toEqual(numbered);
    expect(second).toEqual(next);
  });
});

describe('a cell wrapped over many lines in a narrow column', () => {
  it('stays in its row however many lines it takes', () => {
    const wrapped = Array.from(
      { length: 15 },
      (_, k) => `第${String(k + 10)}段巡查记录逐条写明时间地点人员`,
    );
    const lines = page(
      [
        [
          [72, '地区'],
          [200, '试点任务'],
        ],
        [
          [72, '云溪乡'],
          [200, wrapped[0]!],
        ],
        ...wrapped.slice(1).map((t): [number, string][] => [[200, t]]),
        [
          [72, '松岭镇'],
          [200, '健全山林防火巡护制度。'],
        ],
      ],
      wrapped.slice(1).map((_, k) => k + 2),
    );
    expect(read(lines)).toEqual([
      [
        ['地区', '试点任务'],
        ['云溪乡', wrapped.join('')],
        ['松岭镇', '健全山林防火巡护制度。'],
      ],
    ]);
  });
});
