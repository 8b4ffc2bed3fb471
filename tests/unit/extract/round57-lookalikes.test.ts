/**
 * Look-alikes of the fifty-seventh round's rules that must read as before: a recognition whose
 * lead tells the acceptance held (申报验收) closes a creation; a staff duty after the objection in
 * one sentence stays a deadline; grades 分别 of another group or another measure are no pass's
 * grades; one title alone, or a title put forward (拟认定), sorts no units into tiers; a city
 * holding no county written short before its towns (中山:小榄镇、古镇镇) keeps its towns.
 */
import { describe, expect, it } from 'vitest';
import { tierOutcome } from '../../../src/main/core/import/extract/acceptance-tiers';
import { readResolved } from './helpers';

const outcomes = (text: string) => readResolved(text).n.records.map((r) => r.outcome ?? null);
const PASSED = [{ status: '已验收' }, { status: '已验收' }];

describe('look-alikes of round 57’s rules', () => {
  it('a recognition whose lead tells an acceptance after the applications is a pass', () => {
    const lead = '关于认定第二批全国农村养老服务示范县的通知\n近年来，各地积极开展创建工作。';
    const units = '决定认定河北省平山县、山西省平遥县为全国农村养老服务示范县。';
    expect(outcomes(lead + '经各地申报验收、省级复核，' + units)).toEqual(PASSED);
    expect(outcomes(lead + '根据各地申报，我部组织专家进行了验收，' + units)).toEqual(PASSED);
    // control: applications alone are still a selection
    expect(outcomes(lead + '经各地申报、省级评审和网上公示，' + units)).toEqual([null, null]);
  });

  it('a staff duty after the objection in the same sentence stays a deadline', () => {
    const rules = readResolved(
      [
        '关于某省第二批示范社区名单的公示',
        '公示时间为2021年8月3日至8月10日。',
        '如有异议，请于2021年8月10日前向省民政厅反映，各地请于2021年8月20日前报送整改材料。',
      ].join('\n'),
    ).n.rules.map((r) => [r.kind, r.params]);
    expect(rules).toEqual([
      ['objection_window', { from: '2021-08-03', to: '2021-08-10' }],
      ['deadline', { date: '2021-08-20', endOfMonth: false, reply: false }],
    ]);
  });

  it('grades 分别 of a later group or of another measure are not the pass’s', () => {
    const title = '关于公布实验区结项验收结果的通知\n';
    expect(
      outcomes(
        title +
          '武汉市江汉区、武昌区通过结项验收，宜昌市西陵区、伍家岗区通过复核，等次分别为优秀、合格。',
      ).slice(0, 2),
    ).toEqual(PASSED);
    expect(
      outcomes(title + '武汉市江汉区、武昌区通过结项验收，上年度考核分别为优秀、合格。'),
    ).toEqual(PASSED);
  });

  it('one title alone, or one put forward, sorts no units into tiers', () => {
    const held = '2020年完成了第一批示范社区验收工作。';
    expect(
      tierOutcome(
        '第二批全国示范社区创建单位名单',
        held + '现确定乙社区等8个社区为“第二批全国示范社区创建单位”。',
      ),
    ).toBeNull();
    expect(
      tierOutcome(
        '全省乡村治理示范县名单',
        held + '经申报评审，确定甲县等10个县为“全省乡村治理示范县”。',
      ),
    ).toBeNull();
    const proposed =
      '对社区教育实验项目开展了验收工作，拟认定“甲”等2个项目为“某市社区教育示范实验项目”，' +
      '拟认定“乙”等3个项目为“某市社区教育优秀实验项目”，现予以公示。';
    expect(tierOutcome('某市社区教育示范实验项目名单', proposed)).toBeNull();
  });

  it('a countyless city written short keeps the towns after it', () => {
    const towns = readResolved('名单\n中山:小榄镇、古镇镇\n').n.records.map((r) => r.regionText);
    expect(towns).toContain('小榄镇');
    expect(towns).toContain('古镇镇');
  });
});
