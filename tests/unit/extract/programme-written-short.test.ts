/**
 * A list headed or introduced by the notice's programme written short — without the year of a
 * yearly collection, without its scope or its place — is a list of that programme, not of a
 * programme of its own: the notice gives the name in full elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('the notice’s programme written short over its list', () => {
  it('takes the yearly collection’s full name from the text', () => {
    const { n } = readResolved(
      [
        '河北发布3个社区治理创新典型案例',
        '昨天，省民政厅发布2023年度河北省社区治理创新典型案例名单，共3个典型案例榜上有名。',
        '长安区：楼栋议事会；路北区：小区管家计划；竞秀区：社区协商共治。',
      ].join('\n'),
    );
    expect(n.records.length).toBe(3);
    for (const r of n.records) expect(r.programme).toBe('2023年度河北省社区治理创新典型案例');
  });

  it('cuts a naming or commending verb before the name', () => {
    expect(cleanProgramme('命名社区治理创新典型案例', null)?.name).toBe('社区治理创新典型案例');
    // 表彰 stays: it is a word inside names (党和国家功勋荣誉表彰…).
    expect(cleanProgramme('表扬“三无”平安示范社区', null)?.name).toBe('三无平安示范社区');
  });

  it('takes the scoped name for a list headed without its scope', () => {
    const { n } = readResolved(
      [
        '关于命名省级“三无”平安社区的通知',
        '经考评，现命名长安区建设路社区等3个社区为省级“三无”平安社区。',
        '命名表扬“三无”平安社区名单',
        '1.石家庄市长安区建设路社区',
        '2.唐山市路北区光明社区',
        '3.保定市竞秀区先锋社区',
      ].join('\n'),
    );
    expect(n.records.length).toBe(3);
    for (const r of n.records) expect(r.programme).toBe('省级三无平安社区');
  });

  it('leaves a headline naming another collection as it is (control)', () => {
    const { n } = readResolved(
      [
        '河北发布3个社区治理创新典型案例',
        '昨天，省民政厅发布2023年度河北省社区服务创新典型案例名单，共3个典型案例榜上有名。',
        '长安区：楼栋议事会；路北区：小区管家计划；竞秀区：社区协商共治。',
      ].join('\n'),
    );
    expect(n.records.length).toBe(3);
    for (const r of n.records) expect(r.programme).not.toMatch(/^2023年度/);
  });
});
