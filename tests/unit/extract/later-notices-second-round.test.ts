/**
 * Later notices met in the second round of held-out series: a title that glues the one unit it
 * is about to its programme without the scope word the text writes between them (a batch word
 * between too); an
 * acceptance told as done, and a failed unit's review after rectification, are no duty of
 * every unit; a page's info line (阅读次数, 作者, 信息来源) heads nothing; the places a review keeps, without a count, are its
 * entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a unit glued before its programme in the title', () => {
  it('is the unit: the programme is the one the text writes with its scope', () => {
    const { n, codes } = readResolved(
      [
        '湖南省民政厅关于同意宁远县社区协商创新实验区延期的批复',
        '永州市民政局：',
        '你局请示收悉。经研究，同意宁远县全省社区协商创新实验区实验期延长至2023年6月30日。',
        '湖南省民政厅',
        '2023年3月1日',
      ].join('\n'),
    );
    expect(n.metadata.programme).toBe('湖南省社区协商创新实验区');
    expect(n.records.map((r) => r.programme)).toEqual(
      n.records.map(() => '湖南省社区协商创新实验区'),
    );
    expect(new Set(codes)).toEqual(new Set(['431126']));
  });

  it('is the unit when the text writes the batch between the unit and the scope', () => {
    const { n } = readResolved(
      [
        '湖南省民政厅关于同意宁远县社区协商创新实验区延期的批复',
        '永州市民政局：',
        '你局请示收悉。经研究，同意宁远县第二批全省社区协商创新实验区实验期延长至2023年6月30日。',
        '湖南省民政厅',
        '2023年3月1日',
      ].join('\n'),
    );
    expect(n.metadata.programme).toBe('湖南省社区协商创新实验区');
    expect(n.metadata.batch).toBe('第二批');
  });
});

describe('a list phrase led by a word ending in 区 that is no place', () => {
  it('keeps its own programme (省级社区…), not the notice’s', () => {
    const { n } = readResolved(
      [
        '某市民政局2021年重点工作推进情况',
        '1.推动江北区、海曙区争创全国城乡社区治理和服务创新实验区。',
        '2.认真做好省专家组对我市鄞州区、北仑区新碶街道等2个第二批省级社区治理和服务创新实验区的验收工作。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.programme)).not.toContain('全国城乡社区治理和服务创新实验区');
  });
});

describe('duties an acceptance notice does not set', () => {
  const kinds = (text: string) => readResolved(text).n.rules.map((r) => r.kind);

  it('an acceptance told as done is no acceptance duty', () => {
    expect(
      kinds(
        '实验期满后，省民政厅于2021年5月组织专家对10个实验区进行了结项验收。现将结果通报如下：',
      ),
    ).not.toContain('acceptance');
  });

  it('a failed unit’s review after rectification is no acceptance every unit owes', () => {
    expect(kinds('验收结果为不合格的实验区，限期六个月整改后重新申请验收。')).not.toContain(
      'acceptance',
    );
  });

  it('an acceptance still to come stays a duty', () => {
    expect(kinds('实验期满后，各实验区应申请结项验收。')).toContain('acceptance');
  });
});

describe('a page’s info line', () => {
  it('heads nothing: the villages listed under it are the headline’s demonstration villages', () => {
    const { n } = readResolved(
      [
        '3村入选全国乡村治理示范村',
        '阅读次数： 作者：记者王芳 信息来源：永州日报 发布时间：2020-01-20 09:12 字体：[大 中 小]',
        '近日，全国乡村治理示范村名单公布，我市3个村入选全国乡村治理示范村。',
        '这3个村分别是：宁远县湾井镇桐溪村、江华瑶族自治县涛圩镇河源村、双牌县江村镇石塘村。据了解，创建示范村的目的是发挥典型经验的示范引领作用。',
      ].join('\n'),
    );
    expect(n.records.length).toBe(3);
    expect(n.records.every((r) => r.kind === 'other')).toBe(true);
  });
});

describe('the places a review keeps, named without a count', () => {
  it('are entries beside the one it revokes', () => {
    const { n, codes } = readResolved(
      [
        '永州市农业农村局关于第一批全国乡村治理示范村复核结果的通报',
        '现将复核结果通报如下：',
        '一、宁远县湾井镇桐溪村、双牌县江村镇石塘村继续符合创建标准，复核结果为保留。',
        '二、应江华瑶族自治县农业农村局申请，撤销江华瑶族自治县涛圩镇河源村“全国乡村治理示范村”称号。',
      ].join('\n'),
    );
    expect(codes).toEqual(['431126', '431123', '431129']);
    expect(n.records.map((r) => r.outcome?.status ?? null)).toEqual([null, null, '已撤销']);
  });
});
