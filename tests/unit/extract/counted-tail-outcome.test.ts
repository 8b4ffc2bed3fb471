/**
 * A list's sentence closing on the group it counts and what befell it ("…随县封江口国家湿地公园
 * 共10家试点单位，通过验收，成功转正"): every listed unit passed. Controls: a pass hoped for or
 * planned, a group only proposed, and a verdict that is no count's give nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  countedTailOutcome,
  tellsCheckHeld,
} from '../../../src/main/core/import/extract/counted-tail-outcome';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

const PARKS =
  '我省浠水策湖国家湿地公园武汉安山国家湿地公园通山富水湖国家湿地公园、十堰黄龙滩国家湿地公园、荆门仙居河国家湿地公园随县封江口国家湿地公园';

describe('a list closing on its counted group and its verdict', () => {
  it('gives the verdict to every unit listed', () => {
    const { n } = readResolved(
      `湖北新增10家国家湿地公园\n近日，国家林业草原局公布《2018年试点国家湿地公园验收情况》，${PARKS}共10家试点单位，通过验收，成功“转正”。\n（来源：湖北日报）\n`,
    );
    expect(n.records.length).toBeGreaterThan(3);
    expect(n.records.every((r) => r.outcome?.status === '已验收')).toBe(true);
    expect(countedTailOutcome('等12处湿地公园通过验收')).toEqual({ status: '已验收' });
  });

  it('gives nothing for a pass hoped for, a group proposed, or no count', () => {
    expect(countedTailOutcome('共10家试点单位，力争年底前通过验收')).toBeNull();
    expect(countedTailOutcome('共10家试点单位，拟通过验收，现予公示')).toBeNull();
    expect(countedTailOutcome('封江口国家湿地公园，其中3家通过验收')).toBeNull();
    expect(countedTailOutcome('共10家试点单位，正在开展建设')).toBeNull();
  });

  it('gives nothing when the verdict is only some of the group’s', () => {
    for (const s of [
      '共10家试点单位，其中8家通过验收',
      '共10家试点单位，有8家通过验收，2家限期整改',
      '等12处湿地公园中，8处通过验收',
      '共10家试点单位，除A外均通过验收',
      '共10家试点单位，其余单位通过验收',
    ])
      expect(countedTailOutcome(s)).toBeNull();
  });

  it('never reads a negated verdict as a pass', () => {
    expect(countedTailOutcome('等3个县未通过验收')?.status).not.toBe('已验收');
    expect(countedTailOutcome('等3个县没有通过验收')?.status).not.toBe('已验收');
  });
});

/**
 * A check's result told by groups, each closed by its count and what the organ did with it
 * ("…，7个旗县区给与命名", "…3个旗县区暂不予命名"): named after the check it held is a pass,
 * refused the title is no pass. Controls: a list that only names its units (no check told) and a
 * refusal set down as a rule give nothing.
 */
describe('a group named or refused its title after a check', () => {
  const RESULT =
    '我委组织专家对2019年新申报的23个自治区级慢性病综合防控示范区进行了验收。现将具体验收结果通知如下：\n' +
    '一、较好完成自治区级示范区创建工作的旗县。包头市青山区、九原区，赤峰市巴林右旗，乌兰察布市集宁区，7个旗县区给与命名。\n' +
    '二、未达到自治区级示范区创建标准的旗县。包头市东河区、锡林郭勒盟正镶白旗2个旗县区暂不予命名。\n';

  it('passes the named groups and fails the refused one', () => {
    const { n } = readResolved(RESULT);
    const by = (t: string) =>
      n.records.find((r) => (r.regionText ?? '').includes(t))?.outcome?.status;
    expect(by('青山区')).toBe('已验收');
    expect(by('集宁区')).toBe('已验收');
    expect(by('东河区')).toBe('未通过');
    expect(by('正镶白旗')).toBe('未通过');
    expect(countedTailOutcome('，7个旗县区给与命名', true)).toEqual({ status: '已验收' });
    expect(countedTailOutcome('3个旗县区暂不予命名')).toEqual({ status: '未通过' });
  });

  it('knows the check told as held, not one only arranged', () => {
    expect(tellsCheckHeld('现将具体验收结果通知如下：')).toBe(true);
    expect(tellsCheckHeld('省卫健委组织专家对新申报的示范区进行了验收。')).toBe(true);
    expect(tellsCheckHeld('关于开展2020年示范区验收工作的通知')).toBe(false);
    expect(tellsCheckHeld('现将预验收结果通报如下')).toBe(false);
  });

  it('gives a naming no pass where no check is told, nor a refusal set as a rule', () => {
    expect(countedTailOutcome('，7个旗县区给与命名')).toBeNull();
    const { n } = readResolved(
      '经研究，确认包头市青山区、九原区，赤峰市巴林右旗，3个旗县区为自治区级示范区，予以命名。\n',
    );
    expect(n.records.length).toBeGreaterThan(1);
    expect(n.records.every((r) => !r.outcome)).toBe(true);
    expect(outcomeIn('评估不合格的，不予命名')).toBeNull();
  });

  const UNITS = '包头市青山区、九原区，赤峰市巴林右旗';
  const statuses = (text: string) =>
    readResolved(text).n.records.map((r) => r.outcome?.status ?? null);

  it('takes no check only planned, nor a naming that is not the clause’s end', () => {
    expect(tellsCheckHeld('我委将组织专家对新申报的示范区进行验收。')).toBe(false);
    expect(tellsCheckHeld('计划开展示范区复审验收')).toBe(false);
    // A check held, but the group is given money named after the title, no title.
    const money = statuses(
      `2019年，我委对新申报的示范区进行了验收。${UNITS}等3个旗县区给予命名奖励资金。\n`,
    );
    expect(money.length).toBe(3);
    expect(money.every((s) => s === null)).toBe(true);
  });

  it('gives no refusal to a conditional rule or to a thing of the group’s', () => {
    for (const text of [
      `经复审，${UNITS}等3个旗县区，如复审不合格，一律不予认定。\n`,
      `${UNITS}等3个旗县区申报的项目资金不予认定。\n`,
    ]) {
      const got = statuses(text);
      expect(got.length).toBe(3);
      expect(got.every((s) => s === null)).toBe(true);
    }
  });
});
