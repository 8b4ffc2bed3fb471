/**
 * Shapes later notices take when they talk about units already listed, composed here with
 * other places and programmes: a prefecture column headed 省辖市, a mid-term grade that is no
 * outcome, a batch written only in the body, a batch's head before the notice's own share, a
 * count of units "keeping" a standard, a lone unit whose title is revoked, a re-review's role,
 * and the steps that led to a naming told as done.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const titles = (n: ReturnType<typeof readResolved>['n']) => n.records.map((r) => r.title);
const outcomes = (n: ReturnType<typeof readResolved>['n']) =>
  n.records.map((r) => (r.outcome ? `${r.outcome.status}${r.outcome.grade ?? ''}` : null));

describe('a prefecture column headed 省辖市', () => {
  it('is where the unit lies, never its title', () => {
    const { n, codes } = readResolved(
      [
        '第二批全省村务协商创新实验区结项验收结果',
        '序号\t省辖市\t实验区\t验收等次',
        '1\t南阳市\t方城县\t优秀',
        '2\t信阳市\t光山县\t合格',
      ].join('\n'),
    );
    expect(titles(n)).toEqual(['', '']);
    expect(codes).toEqual(['411322', '411522']);
    expect(outcomes(n)).toEqual(['已验收优秀', '已验收合格']);
  });
});

describe('a mid-term assessment with grades', () => {
  const text = [
    '省民政厅关于第二批全省村务协商创新实验区中期评估情况的通报',
    '各设区市民政局：',
    '省民政厅组织专家对第二批全省村务协商创新实验区进行了中期评估，现将结果通报如下：',
    '序号\t设区市\t实验区\t中期评估结果',
    '1\t赣州市\t瑞金市\t良好',
    '2\t吉安市\t井冈山市\t一般',
    '省民政厅',
    '2023年11月6日',
  ].join('\n');

  it('reports progress: the grades are neither titles nor outcomes', () => {
    const { n, codes } = readResolved(text);
    expect(n.metadata.role).toBe('progress_report');
    expect(codes).toEqual(['360781', '360881']);
    expect(titles(n)).toEqual(['', '']);
    expect(outcomes(n)).toEqual([null, null]);
  });

  it('while a final step’s grade column (结项验收等次) states the outcome', () => {
    const { n } = readResolved(
      text
        .replace('中期评估情况的通报', '结项验收结果的通知')
        .replace('中期评估结果', '结项验收等次')
        .replace('良好', '优秀')
        .replace('一般', '合格'),
    );
    expect(outcomes(n)).toEqual(['已验收优秀', '已验收合格']);
  });
});

describe('a caption over a table laid out one cell a line', () => {
  it('is above the table, whose header starts at 序号', () => {
    const { n, codes } = readResolved(
      [
        '附件',
        '结项验收结果',
        '序号',
        '实验区',
        '验收结论',
        '1',
        '江西省赣州市瑞金市',
        '优秀',
        '2',
        '江西省吉安市井冈山市',
        '合格',
      ].join('\n'),
    );
    expect(codes).toEqual(['360781', '360881']);
    expect(outcomes(n)).toEqual(['已验收优秀', '已验收合格']);
  });
});

describe('a batch written only in the body', () => {
  it('is the notice’s batch when every own mention agrees', () => {
    const { n } = readResolved(
      [
        '省民政厅关于同意瑞金市全省村务协商创新实验区延期的复函',
        '赣州市民政局：',
        '经研究，同意赣州市瑞金市第二批全省村务协商创新实验区实验期延长至2024年6月30日。',
        '请督促瑞金市于延期期满前报送实验工作终期报告。',
        '省民政厅',
        '2023年12月1日',
      ].join('\n'),
    );
    expect(n.metadata.batch).toBe('第二批');
    expect(n.rules.find((r) => r.kind === 'final_report')?.scope?.batch).toBe('第二批');
  });

  it('is none when the body names two batches', () => {
    const { n } = readResolved(
      [
        '省民政厅关于全省村务协商创新实验区延期的复函',
        '经研究，同意第一批全省村务协商创新实验区瑞金市、第二批全省村务协商创新实验区于都县实验期延长至2024年6月30日。',
        '省民政厅',
        '2023年12月1日',
      ].join('\n'),
    );
    expect(n.metadata.batch).toBeNull();
  });
});

describe('a batch’s head before the notice’s own share', () => {
  const { n, codes } = readResolved(
    [
      '市民政局关于转发全国村务协商创新实验县（市、区）批复的通知',
      '各县（市、区）民政局：',
      '日前，民政部作出批复，同意北京市朝阳区等36个县（市、区）为“全国村务协商创新实验县（市、区）”，我市瑞金市、于都县名列其中。',
      '赣州市民政局',
      '2022年3月1日',
    ].join('\n'),
  );

  it('is no entry, and the own share is not read inside its province', () => {
    expect(codes).toEqual(['360781', '360731']);
    expect(n.records.every((r) => r.regionContext?.province !== '北京市')).toBe(true);
  });

  it('the entries keep the programme’s levels in brackets, never cut at their 、', () => {
    expect(n.records.map((r) => r.programme)).toEqual(
      Array(2).fill('全国村务协商创新实验县(市、区)'),
    );
  });
});

describe('a re-review that keeps some units and revokes one', () => {
  const { n, codes } = readResolved(
    [
      '江西省民政厅关于全省村务协商示范村复核情况的通报',
      '各设区市民政局：',
      '一、赣州市瑞金市东风村、吉安市井冈山市茅坪村2个村继续保持示范村标准，复核合格，予以保留。',
      '二、赣州市于都县潭头村应所在县民政局申请，报经省民政厅同意，撤销其“全省村务协商示范村”称号。',
      '省民政厅',
      '2023年9月8日',
    ].join('\n'),
  );

  it('keeps the notice’s programme for the kept units: keeping a standard names none', () => {
    expect(n.records.slice(0, 2).map((r) => r.programme)).toEqual(
      Array(2).fill('江西省村务协商示范村'),
    );
  });

  it('reads the lone unit whose title is revoked, and takes the revocation as its role', () => {
    expect(codes).toEqual(['360781', '360881', '360731']);
    expect(outcomes(n)).toEqual([null, null, '已撤销']);
    expect(n.metadata.role).toBe('revocation');
  });
});

describe('the steps that led to a naming', () => {
  it('are done: an acceptance among them is no duty', () => {
    const { n } = readResolved(
      [
        '江西省民政厅关于命名全省村务协商示范村的通知',
        '经各地申报、专家实地评估、省民政厅组织验收，赣州市瑞金市东风村等2个村达到示范标准，予以命名。',
      ].join('\n'),
    );
    expect(n.rules.filter((r) => r.kind === 'acceptance')).toEqual([]);
  });
});

describe('a mid-term grouping its zones in prose', () => {
  it('reads a last group of two names when its introduction counts two', () => {
    const { codes } = readResolved(
      [
        '四川省民政厅关于全省社区治理创新实验区中期评估情况的通报',
        '各市（州）民政局：',
        '省民政厅组织专家对7个全省社区治理创新实验区进行了中期评估。现将评估情况通报如下：',
        '一、中期评估结果为良好的实验区（5个）：武侯区、涪城区、翠屏区、自流井区、顺庆区。',
        '二、中期评估结果为较差的实验区（2个）：江阳区、资阳市雁江区。',
        '请各地督促指导实验区抓好整改。',
        '四川省民政厅',
        '2022年6月1日',
      ].join('\n'),
    );
    expect(codes.slice(-2)).toEqual(['510502', '512002']);
    expect(codes).toHaveLength(7);
  });
});
