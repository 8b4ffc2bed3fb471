/**
 * A naming list published or entered after the units' creation round ("…获得创建资格…经过两年多的
 * 创建…被列入第三批…示范区名单") is their recognition: 已验收, as 认定…为 is. A creation list, a
 * plan, a first list with no creation told before it and a tally summing up every round state
 * none.
 */
import { describe, expect, it } from 'vitest';
import { recognitionOutcome } from '../../../src/main/core/import/extract/recognition-outcome';
import { readResolved } from './helpers';

const ROUND =
  '2015年6月，产生了第三批示范区（项目）创建资格名单，共有30个城市获得创建资格。经过两年多的创建，' +
  '各地完成了创建任务。';
const LISTED =
  '近日，文化和旅游部、财政部下发关于公布第三批国家公共文化服务体系示范区名单的通知。' +
  '北京市海淀区等3个市（区）被列入第三批国家公共文化服务体系示范区名单。';

describe('a naming list published after the creation round', () => {
  it('reads the publication as the units’ recognition when the creation is told', () => {
    expect(recognitionOutcome(LISTED, LISTED + ROUND)).toEqual({ status: '已验收' });
    const entered = '我市入选国家创建名单。公布了首批100个国家农村产业融合发展示范园单位名单。';
    expect(recognitionOutcome(entered, entered)).toEqual({ status: '已验收' });
  });

  it('reads none from a creation list, a plan, a first list or a tally after it', () => {
    const creating = '公布了首批148个国家农村产业融合发展示范园创建名单。';
    expect(recognitionOutcome(creating, creating + ROUND)).toBeNull();
    const plan = '拟公布第三批国家公共文化服务体系示范区名单，验收合格后授牌。';
    expect(recognitionOutcome(plan, plan + ROUND)).toBeNull();
    // No creation told: a first list names its units, no acceptance closes anything.
    expect(recognitionOutcome(LISTED, LISTED)).toBeNull();
    // Creation work in general, no round the units were first put on: the list names them.
    const work = '开展了国家全域旅游示范区创建工作。公布了第二批国家全域旅游示范区名单。';
    expect(recognitionOutcome(work, work)).toBeNull();
    const tally = `${LISTED}至此，我省共有4家国家公共文化服务体系示范区。分别是甲、乙`;
    expect(recognitionOutcome(tally, tally + ROUND)).toBeNull();
  });

  it('reads none from a tally written 目前，…共有 or 我省已有, nor for units that did not enter', () => {
    for (const tally of ['目前，我省共有甲、乙等示范区', '我省已有甲、乙等示范区']) {
      const text = `${LISTED}${tally}。`;
      expect(recognitionOutcome(text, text + ROUND)).toBeNull();
    }
    const missed = '近日公布第三批国家公共文化服务体系示范区名单，甲、乙未能列入。';
    expect(recognitionOutcome(missed, missed + ROUND)).toBeNull();
  });

  it('reads none from a list put up for public comment', () => {
    const draft = '现公布第三批国家公共文化服务体系示范区名单（公示稿）：甲、乙。';
    expect(recognitionOutcome(draft, draft + ROUND)).toBeNull();
    const passed = '经公示无异议，现公布第三批国家公共文化服务体系示范区名单：甲、乙。';
    expect(recognitionOutcome(passed, passed + ROUND)).toEqual({ status: '已验收' });
  });

  it('gives each unit of the list that follows the outcome', () => {
    const text = [
      '第三批国家公共文化服务体系示范区出炉',
      LISTED,
      '第三批国家公共文化服务体系示范区名单示范区名称分别为：北京市海淀区、天津市北辰区、河北省沧州市。',
      ROUND,
    ].join('\n');
    const { n, codes } = readResolved(text);
    expect(codes).toEqual(['110108', '120113', '130900']);
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收', '已验收', '已验收']);
    // The same story telling no creation round: the list names them, no outcome.
    const first = readResolved(text.replace(ROUND, ''));
    expect(first.codes).toEqual(['110108', '120113', '130900']);
    expect(first.n.records.every((r) => !r.outcome)).toBe(true);
  });
});
