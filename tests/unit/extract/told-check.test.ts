/**
 * A check told as it happened — on a day or days ("10月22日-24日，…开展验收评估"), by its team
 * ("验收评估组通过查阅资料…", "验收组指出…") — is reported, not an acceptance the units owe; a
 * sentence still asking for one (应…组织验收, 将于…进行验收, 须在…前申请验收) keeps the duty.
 */
import { describe, expect, it } from 'vitest';
import { tellsCheckHeld } from '../../../src/main/core/import/extract/told-check';
import { readResolved } from './helpers';

describe('a check told as it happened', () => {
  it('on a day, a span of days or by its team is a report', () => {
    expect(tellsCheckHeld('10月25日，某县召开创建试点现场验收评估反馈会，顺利通过验收评估。')).toBe(
      true,
    );
    expect(
      tellsCheckHeld('10月22日-24日，国家应急管理部专员带领验收评估工作组对某县开展验收评估。'),
    ).toBe(true);
    expect(
      tellsCheckHeld('按照创建程序，8月8日至8月10日，某市验收组一行11人对某县进行市级初验。'),
    ).toBe(true);
    expect(
      tellsCheckHeld('验收评估组通过查阅资料、实地查看等方式，对某县创建工作进行验收评估。'),
    ).toBe(true);
  });

  it('still asking for one, or dated as a deadline, is a duty', () => {
    expect(tellsCheckHeld('10月25日前，各试点县应组织开展验收评估。')).toBe(false);
    expect(tellsCheckHeld('10月25日，各地须按要求申请验收。')).toBe(false);
    expect(tellsCheckHeld('省减灾委将于10月组织验收组对试点县进行验收。')).toBe(false);
    expect(tellsCheckHeld('创建期满后，由国家减灾委组织开展验收评估。')).toBe(false);
    // A procedure telling how the team checks whoever comes (a class, not a unit visited).
    expect(tellsCheckHeld('验收组通过听取汇报、查阅资料、实地查看等方式对创建单位进行验收。')).toBe(
      false,
    );
    expect(tellsCheckHeld('验收评估组通过查阅资料等方式，对各试点县开展现场验收评估。')).toBe(
      false,
    );
  });

  it('sets no acceptance rule from a page telling the check held', () => {
    const { n } = readResolved(
      [
        '某县顺利通过验收评估',
        '发布时间:2023-10-26',
        '10月22日-24日，国家减灾办现场验收评估工作组一行对某县创建工作开展验收评估。',
        '验收评估组通过查阅资料、实地查看等方式，对某县创建工作情况进行验收评估。',
      ].join('\n'),
    );
    expect(n.rules.filter((r) => r.kind === 'acceptance')).toEqual([]);
  });

  it('keeps the acceptance a procedure sets out by the team’s means', () => {
    const { n } = readResolved(
      [
        '关于印发综合减灾示范县创建管理办法的通知',
        '第十条 验收组通过听取汇报、查阅资料、实地查看等方式对创建单位进行验收。',
      ].join('\n'),
    );
    expect(n.rules.some((r) => r.kind === 'acceptance')).toBe(true);
  });

  it('keeps the acceptance a notice asks for', () => {
    const { n } = readResolved(
      [
        '关于开展创建试点验收工作的通知',
        '各试点县应于2024年6月底前完成自评，国家减灾委将组织开展现场验收评估。',
      ].join('\n'),
    );
    expect(n.rules.some((r) => r.kind === 'acceptance')).toBe(true);
  });
});
