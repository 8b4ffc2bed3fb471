/**
 * The text the extractor reads from a copy of a notice: the layout a copied PDF or a phone's
 * copy carries in its text (characters spaced out, page numbers, hard line breaks at a narrow
 * width) is read through, and every span still maps back into the raw text.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { rawSpan, readingText } from '../../../src/main/core/import/extract/reading-text';

const placesOf = (raw: string, format: 'txt' | 'html' = 'txt'): (string | null)[] =>
  extractNotice({ format, text: raw, blocks: [] }, { fileName: `t.${format}` }).records.map(
    (r) => r.regionText,
  );

describe('a copy whose extraction spaced out the characters', () => {
  it('closes the single spaces of a line whose characters mostly stand one space apart', () => {
    const raw = '名单如下：\n青 禾 县 ： 柳 塘 镇 、 石 门 乡\n白沙市青禾县 柳塘镇 石门乡';
    const rt = readingText(raw, 'txt');
    expect(rt.text).toContain('\n青禾县 ： 柳塘镇 、 石门乡\n');
    // A list that separates whole names by spaces keeps them.
    expect(rt.text).toContain('\n白沙市青禾县 柳塘镇 石门乡');
    const at = rt.text.indexOf('柳塘镇');
    const span = rawSpan(rt, at, at + 3);
    expect(raw.slice(span.start, span.end)).toBe('柳 塘 镇');
  });

  it('keeps a wider gap between spaced-out names', () => {
    const rt = readingText('青 禾 县  白 沙 县  石 门 县', 'txt');
    expect(rt.text).toBe('青禾县  白沙县  石门县');
  });

  it('reads the places of a spaced-out list', () => {
    const raw =
      '关于公布实验区名单的通知\n经研究，确定下列单位为实验区：\n北 京 市 海 淀 区 、 天 津 市 和 平 区 、 河 北 省 石 家 庄 市 长 安 区';
    expect(placesOf(raw)).toEqual(['北京市海淀区', '天津市和平区', '河北省石家庄市长安区']);
  });
});

describe('a copy that kept the page numbers of a PDF', () => {
  it('drops a page-number line with its line break, and joins an enumeration it cut', () => {
    const raw = [
      '经研究，确定下列单位为示范村：',
      '青禾县：柳塘镇东坡村、柳塘镇西坡村、',
      '— 3 —',
      '石门乡南岭村',
      '第2頁 共4頁',
      '白沙县：沙河镇北岗村',
    ].join('\n');
    const rt = readingText(raw, 'txt');
    expect(rt.text).toBe(
      '经研究，确定下列单位为示范村：\n青禾县：柳塘镇东坡村、柳塘镇西坡村、石门乡南岭村\n白沙县：沙河镇北岗村',
    );
    const at = rt.text.indexOf('石门乡');
    expect(raw.slice(rawSpan(rt, at, at + 3).start, rawSpan(rt, at, at + 3).end)).toBe('石门乡');
  });
});

describe('a copy that repeats its title at the head of each page', () => {
  const title = '关于公布社区治理实验区名单的通知';
  const notice = (...body: string[]): string => [title, '', ...body].join('\n');

  it('drops the title repeated where an enumeration runs on, and joins it', () => {
    const raw = notice(
      '经评估，确定青禾县柳塘镇东坡村、白沙县石门乡南岭村、',
      title,
      '云岭县沙河镇北岗村为示范村。',
    );
    const rt = readingText(raw, 'txt');
    expect(rt.text).toBe(
      notice('经评估，确定青禾县柳塘镇东坡村、白沙县石门乡南岭村、云岭县沙河镇北岗村为示范村。'),
    );
    const at = rt.text.indexOf('云岭县');
    const span = rawSpan(rt, at, at + 3);
    expect(raw.slice(span.start, span.end)).toBe('云岭县');
  });

  it('drops the title repeated between list items, and keeps it after a sentence’s end', () => {
    const raw = notice(
      '经研究，确定以下单位为示范单位，名单如下：',
      '1、青禾县柳塘镇',
      title.slice(0, 12),
      '2、白沙县石门乡',
      '各地要认真总结经验，进一步做好示范创建的各项工作。',
      title,
      '请各地民政部门加强跟踪指导，切实做好动态管理工作。',
    );
    const text = readingText(raw, 'txt').text;
    expect(text).not.toContain(`\n${title.slice(0, 12)}\n`);
    // After a sentence's end it may head a story printed twice.
    expect(text).toContain(`工作。\n${title}\n请各地`);
  });

  it('keeps the title repeated on purpose as a heading', () => {
    // At the head of the text, after a label, or heading a numbered list.
    for (const raw of [
      [title, title, '经研究，确定以下单位为示范单位，名单如下：', '1、青禾县柳塘镇'].join('\n'),
      notice('经研究，确定以下单位为示范单位，现予公布。', '附件', title, '青禾县柳塘镇'),
      notice('经研究，确定以下单位为示范单位，现予公布。', title, '1、青禾县柳塘镇'),
      // after a spam site's junk line, which is no sentence cut short
      notice(
        '经研究，确定以下单位为示范单位，现予公布。',
        '+ a1 I, \\8 f. h! q6 b8 Q9 r',
        title,
        '青禾县：柳塘镇',
      ),
    ])
      expect(readingText(raw, 'txt').text).toBe(raw);
  });

  it('keeps apart the list lines a page number falls between, numbered or labelled', () => {
    const raw = [
      '名单如下：',
      '1、白沙县石门乡、',
      '— 2 —',
      '2、云岭县沙河镇、',
      '— 3 —',
      '青禾县：柳塘镇',
    ];
    expect(readingText(raw.join('\n'), 'txt').text).toBe(
      ['名单如下：', '1、白沙县石门乡、', '2、云岭县沙河镇、', '青禾县：柳塘镇'].join('\n'),
    );
  });

  it('reads every place of a list a repeated title cut in two', () => {
    const raw = notice(
      '经研究，确定下列单位为实验区：北京市海淀区、天津市和平区、',
      title,
      '河北省石家庄市长安区',
    );
    expect(placesOf(raw)).toEqual(['北京市海淀区', '天津市和平区', '河北省石家庄市长安区']);
  });
});

describe('a copy wrapped at a narrow width', () => {
  // Running text hard-wrapped every 22 characters, also inside a name.
  const prose =
    '近日，省民政厅公布了第二批示范社区名单，我市青禾县柳塘镇东坡社区、白沙县沙河镇北岗社区、石门县石门镇南岭社区入选，占全省总数的三分之一。下一步，各地要认真总结经验，发挥示范带动作用。';
  const wrapped = (width: number): string =>
    prose.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');

  it('joins the lines of running text that all stop at the same narrow width', () => {
    const rt = readingText(wrapped(22), 'txt');
    expect(rt.text).toBe(prose);
  });

  it('reads a name cut at the line end whole', () => {
    const raw = `关于示范社区的报道\n${wrapped(20)}`;
    expect(wrapped(20)).toContain('沙河镇北\n岗社区');
    expect(readingText(raw, 'html').text).toContain('白沙县沙河镇北岗社区');
  });

  it('keeps the lines of a list of names one a line whose lengths agree', () => {
    const raw = [
      '名单如下',
      '青禾县柳塘镇东坡村村民委员会',
      '青禾县柳塘镇西坡村村民委员会',
      '白沙县沙河镇北岗村村民委员会',
      '石门县石门镇南岭村村民委员会',
    ].join('\n');
    expect(readingText(raw, 'txt').identity).toBe(true);
  });

  it('keeps a numbered list whose items are as long apart from the signature below it', () => {
    const raw = [
      '经研究，确定以下单位为社区治理观察点：',
      '1. 青禾县柳塘镇：回汉群众共居社区服务',
      '2. 白沙县沙河镇：工矿社区转型治理探索',
      '3. 南岭县石门镇：边境口岸城市社区服务',
      '4. 北岭县红旗镇：高原城市社区网格服务',
      '某某省民政厅',
      '2021年12月2日',
    ].join('\n');
    expect(readingText(raw, 'txt').identity).toBe(true);
  });

  it('keeps the lines of a list headed by their county, though their lengths agree', () => {
    const raw = [
      '名单如下：',
      '青禾县：柳塘镇东坡村、柳塘镇西坡村、沙河镇北岗村',
      '白沙县：白沙镇河口村、白沙镇山口村、石桥乡石桥村',
      '南岭县：石门镇南关村、石门镇北关村、红旗镇红旗村',
      '北岭县：石门镇东关村、石门镇西关村、白旗镇白旗村',
    ].join('\n');
    expect(readingText(raw, 'txt').identity).toBe(true);
  });
});

describe('a narrow copy whose headline stayed on one line', () => {
  const prose =
    '近日，省民政厅公布了第二批示范社区名单，我市青禾县柳塘镇东坡社区、白沙县沙河镇北岗社区、石门县石门镇南岭社区入选，占全省总数的三分之一。下一步，各地要认真总结经验，发挥示范带动作用。';
  const wrapped = (width: number): string =>
    prose.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');
  const headline = '我市三个社区入选第二批全省城乡社区治理示范社区名单';

  it('still joins the wrapped body under a headline longer than the width', () => {
    expect(wrapped(20)).toContain('沙河镇北\n岗社区');
    const rt = readingText(`${headline}\n\n2021-12-02　记者 某某 报道\n${wrapped(20)}`, 'txt');
    expect(rt.text).toContain('白沙县沙河镇北岗社区');
  });

  it('leaves text alone when a long line of running text runs past the width', () => {
    const raw = `${headline}\n${wrapped(20)}\n各地要认真总结经验，发挥示范带动作用，推动城乡社区治理提质增效。`;
    expect(readingText(raw, 'txt').text).toContain('沙河镇北\n岗社区');
  });
});

describe('an aligned list in a narrow copy', () => {
  // Prose and list wrapped at 26 characters; the list's county heads its first row and its
  // further rows are set in under it, the indent taking the copy's width too.
  const prose =
    '经各地申报、实地考察和综合评审，确定青禾县柳塘镇东坡社区等十个社区为第二批示范社区，现予公布。希望受到命名的社区珍惜荣誉，再接再厉，进一步提升社区治理和服务水平，为全市基层治理作出新的贡献。';
  const raw = [
    '关于公布第二批示范社区名单的通知',
    '',
    '各县（区）民政局：',
    ...prose.match(/.{1,26}/gu)!,
    '青禾县：柳塘镇东坡社区、柳塘镇西坡社区、河口社区',
    '　　　　石门镇南岭社区、石门镇北岭社区、红旗镇东关社',
    '区',
    '　　　　白沙镇河口社区',
  ].join('\n');

  it('joins a row set in under its label to its wrapped end', () => {
    expect(readingText(raw, 'txt').text).toContain('红旗镇东关社区');
  });

  it('never joins the row above to a row set in under it', () => {
    expect(readingText(raw, 'txt').text).toContain('河口社区\n　　　　石门镇');
  });
});

describe('a narrow copy of a list headed by its counties', () => {
  // Short prose and the rows of a county list wrapped at 22 characters, as a phone copy does.
  const prose = '近日，省林业局公布了第二批森林乡村名单，我市共有十二个村入选。';
  const rows = [
    '青禾县：柳塘镇东坡村、柳塘镇西坡村、沙河镇北岗村、石门镇南岭村',
    '白沙县：白沙镇河口村、白沙镇山口村、石桥乡石桥村、红旗镇东关村',
    '南岭县：石门镇南关村、石门镇北关村、红旗镇红旗村、白旗镇白旗村',
  ];
  const wrap = (t: string): string[] => t.match(/.{1,22}/gu)!;
  const raw = ['森林乡村名单公布', '', ...wrap(prose), '', ...rows.flatMap(wrap)].join('\n');

  it('joins each row cut at the width, never one row to the next', () => {
    expect(raw).toContain('沙河镇北\n岗村');
    const text = readingText(raw, 'txt').text;
    for (const row of rows) expect(text).toContain(row);
  });

  it('never joins a row that reached the width to a line set in by one space below it', () => {
    const whole = '北岭县：东关镇东关村、西关镇西关村、白旗中村';
    const text = readingText(`${raw}\n${whole}\n 白旗乡白旗村`, 'txt').text;
    expect(text).toContain(`${whole}\n`);
  });

  it('keeps apart rows that open with their label though the one above reached the width', () => {
    const whole = '北岭县：东关镇东关村、西关镇西关村、白旗中村';
    expect(whole).toHaveLength(22);
    const text = readingText(`${raw}\n${whole}\n东岭县：石门镇南关村`, 'txt').text;
    expect(text).toContain(`${whole}\n东岭县`);
  });
});

describe('a copy retyped in the other width', () => {
  it('reads a list numbered in full-width digits', () => {
    const raw = [
      '现将第三批省级社区治理创新实验区名单公布如下:',
      '１.白沙市青禾县:以党建引领推进小区治理',
      '２.石门市南岭区:社区协商议事规范化建设',
      '３.白沙市白沙县:农村社区综合服务设施建设',
      '４.石门市北岭区:城乡社区服务体系建设',
    ].join('\n');
    expect(placesOf(raw)).toEqual(['白沙市青禾县', '石门市南岭区', '白沙市白沙县', '石门市北岭区']);
  });
});
