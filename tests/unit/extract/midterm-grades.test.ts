/**
 * A mid-term check's grade (中期评估结果为良好, 中期评估良好, 评估等次为良好 under a mid-term title) tells
 * how the work stands halfway: no acceptance passed, none failed. Controls: the same words under
 * an acceptance's title or sentence (验收结果为良好, 终期评估, 结项) are the acceptance with its
 * grade, a unit's own sentence telling an acceptance inside a mid-term notice keeps it, and a
 * supervision that recognises (督导评估认定) is left as it was read. A supervision's grade
 * (督导评估, 督查) is no acceptance either; the office 督导委员会 names no supervision. Composed sentences.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = (check: string) =>
  `甘肃省民政厅关于全省城乡社区治理创新实验区${check}结果的通报\n各市（州）民政局：\n省民政厅组织专家对全省城乡社区治理创新实验区进行了${check}。现将结果通报如下：\n`;
const TAIL = '甘肃省民政厅\n2021年6月18日\n';
const outcomes = (text: string) =>
  readResolved(text).n.records.map((r) =>
    r.outcome ? `${r.outcome.status}${r.outcome.grade ?? ''}` : null,
  );

describe('a mid-term check’s grade', () => {
  it.each([
    ['兰州市城关区、酒泉市金塔县、张掖市甘州区中期评估良好，白银市平川区中期评估不合格。\n'],
    [
      '经评估，兰州市城关区、酒泉市金塔县、张掖市甘州区评估结果为良好，白银市平川区评估结果为不合格。\n',
    ],
  ])('passes and fails no acceptance: %s', (line) => {
    const got = outcomes(`${HEAD('中期评估')}${line}${TAIL}`);
    expect(got.length).toBe(4);
    expect(got).toEqual([null, null, null, null]);
  });

  it('passes none in a stage check’s list led by its grade', () => {
    const got = outcomes(
      `${HEAD('阶段性考核')}一、考核结果为良好的实验区（2个）：兰州市城关区、酒泉市金塔县。\n${TAIL}`,
    );
    expect(got.length).toBe(2);
    expect(got).toEqual([null, null]);
  });

  it.each([['验收'], ['终期评估'], ['结项评估']])(
    'an acceptance (%s) graded 良好 is still the acceptance',
    (check) => {
      const got = outcomes(
        `${HEAD(check)}兰州市城关区、酒泉市金塔县评估结果为良好，白银市平川区评估结果为不合格。\n${TAIL}`,
      );
      expect(got).toEqual(['已验收良好', '已验收良好', '未通过']);
    },
  );

  it('keeps a unit’s own acceptance told inside a mid-term notice', () => {
    const got = outcomes(
      `${HEAD('中期评估')}兰州市城关区中期评估良好。酒泉市金塔县已于2021年3月通过终期验收。\n${TAIL}`,
    );
    expect(got).toEqual([null, '已验收']);
  });

  it.each([['督导评估'], ['督查']])('a supervision’s grade (%s) passes and fails none', (check) => {
    const got = outcomes(
      `${HEAD(check)}兰州市城关区、酒泉市金塔县评估等次为良好，白银市平川区评估等次为不合格。\n${TAIL}`,
    );
    expect(got).toEqual([null, null, null]);
  });

  it.each([['督导评估认定'], ['验收督查']])(
    'a supervision that recognises or accepts (%s) keeps its grades',
    (check) => {
      const got = outcomes(
        `${HEAD(check)}兰州市城关区、酒泉市金塔县评估结果为优秀，白银市平川区评估结果为不合格。\n${TAIL}`,
      );
      expect(got).toEqual(['已验收优秀', '已验收优秀', '未通过']);
    },
  );

  it('keeps a recognition told in the unit’s sentence under a supervision’s title', () => {
    const got = outcomes(
      `${HEAD('督导评估')}兰州市城关区、酒泉市金塔县评估结果为优秀，认定为全省城乡社区治理创新示范区。\n${TAIL}`,
    );
    expect(got).toEqual(['已验收优秀', '已验收优秀']);
  });

  it('keeps an acceptance made by a supervision (经督查 under an acceptance’s title)', () => {
    const got = outcomes(
      `${HEAD('验收')}经督查，兰州市城关区、酒泉市金塔县评估结果为优秀，白银市平川区评估结果为不合格。\n${TAIL}`,
    );
    expect(got).toEqual(['已验收优秀', '已验收优秀', '未通过']);
  });

  it('reads an office named 督导委员会 as no supervision', () => {
    const text = `国务院教育督导委员会关于全省城乡社区治理创新实验区评估结果的通报\n各省教育厅：\n兰州市城关区、酒泉市金塔县评估结果为优秀，白银市平川区评估结果为不合格。\n${TAIL}`;
    expect(outcomes(text)).toEqual(['已验收优秀', '已验收优秀', '未通过']);
  });
});

describe('a result table (实验区 | 评估结果)', () => {
  const table = (check: string) =>
    `${HEAD(check)}序号\t实验区\t评估结果\n1\t兰州市城关区\t良好\n2\t酒泉市金塔县\t优秀\n${TAIL}`;

  it('under a mid-term title passes none', () => {
    expect(outcomes(table('中期评估'))).toEqual([null, null]);
  });

  it('under an acceptance title is the acceptance with each row’s grade', () => {
    expect(outcomes(table('结项验收'))).toEqual(['已验收良好', '已验收优秀']);
  });
});
