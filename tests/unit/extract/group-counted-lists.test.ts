/**
 * A list counted by its own group, not by the first count said before it: the clause opening
 * the list counts it (一、…的实验区（3个）：…), or one sentence counts several groups
 * (授予…等2个市…，授予…等3个县…) and the list holds one group or all of them. A list short of
 * every count still warns. Composed notices, invented wording.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const mismatches = (lines: string[]) =>
  readResolved(lines.join('\n')).n.warnings.filter((w) => w.code === 'count_mismatch');

const graded = (good: string) => [
  '甘肃省民政厅关于全省城乡社区治理创新实验区中期评估情况的通报',
  '省民政厅组织专家对5个全省城乡社区治理创新实验区进行了中期评估。现将评估情况通报如下：',
  `一、中期评估结果为良好的实验区（3个）：${good}。`,
  '二、中期评估结果为一般的实验区（2个）：天水市秦州区、麦积区。',
];

const honoured = (names: string[]) => [
  '河北省双拥模范城（县）名单',
  '近日，省委、省政府决定，授予邯郸市等2个市“河北省双拥模范城”荣誉称号，授予涉县等3个县“河北省双拥模范县”荣誉称号。',
  '河北省双拥模范城（县）名单：',
  ...names.map((n, i) => `${i + 1}.${n}`),
];

describe('a list counted by its own group', () => {
  it('each group counted before its colon is checked by that count, not the total', () => {
    expect(mismatches(graded('兰州市城关区、七里河区、西固区'))).toEqual([]);
  });

  it('a group short of its own count still warns', () => {
    expect(mismatches(graded('兰州市城关区、七里河区')).length).toBeGreaterThan(0);
  });

  it('one sentence counting two groups counts a list holding both', () => {
    expect(mismatches(honoured(['邯郸市', '邢台市', '涉县', '武安市', '磁县']))).toEqual([]);
  });

  it('a list short of every count the sentence tells still warns', () => {
    expect(mismatches(honoured(['邯郸市', '邢台市', '涉县', '武安市'])).length).toBeGreaterThan(0);
  });
});

describe('shares each counted by their own opening clause', () => {
  const shares = (second: string) => [
    '第三届全省百佳村民委员会和百佳社区居民委员会评选结果公布',
    '经逐级审核推荐，省政府审定，确定了100个村民委员会、100个社区居民委员会为表彰对象。',
    '随州市获评“百佳村民委员会”的2个村分别为：随县澴潭镇柏树湾村、广水市十里街道观音村。',
    `获评“百佳社区居民委员会”的2个社区分别为：${second}。`,
  ];

  it('leave the round’s total told before them unchecked', () => {
    expect(mismatches(shares('随县厉山镇灯塔社区、广水市应山街道北关社区'))).toEqual([]);
  });

  it('a share short of its own count still warns', () => {
    expect(mismatches(shares('随县厉山镇灯塔社区')).length).toBeGreaterThan(0);
  });
});
