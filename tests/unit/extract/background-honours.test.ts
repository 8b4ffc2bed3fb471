/**
 * A call for cases or a place's plan confirms nobody: the honours its places already hold,
 * told as background, are no entries; a plan's own place named with its programme is.
 */
import { describe, expect, it } from 'vitest';
import { withoutBackgroundHonours } from '../../../src/main/core/import/extract/background-honours';
import type { ListDraft } from '../../../src/main/core/import/extract/drafts';
import { readResolved } from './helpers';

describe('honours told as the background of a call or a plan', () => {
  it('are no entries of a call for cases', () => {
    const { n } = readResolved(
      [
        '鼓楼邀您推荐 基层治理创新案例',
        '本报讯 即日起，鼓楼区民政局与本报联合开展“2023年鼓楼区基层治理创新案例”征集活动。',
        '近年来，鼓楼区积累了一批好做法。鼓楼区被评为全国社区治理和服务创新实验区，华大、温泉、东街等6个社区被评为省级和谐社区建设示范单位。',
        '活动将采取初审、专家评审的方式，评选出基层治理创新案例。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });

  it("are no entries of a city's creation plan, which says it found none", () => {
    const { n } = readResolved(
      [
        '绍兴市创建全国婚俗改革实验区实施方案（2022～2024年）',
        '一、工作基础',
        '绍兴是国家历史文化名城，拥有越城、柯桥、上虞3个全国文化先进县（区）。所辖诸暨市、嵊州市为省级文明城市，新昌县为省级卫生县城。',
        '二、工作目标',
        '到2024年，全市婚俗改革工作取得明显成效。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
    expect(n.metadata.role).not.toBe('application_call');
    expect(n.warnings.map((w) => w.code)).toContain('no_records');
  });

  it("keep a call's page naming units under the call's own programme", () => {
    const list: ListDraft = {
      layout: 'sentence',
      start: 0,
      end: 10,
      phrase: '优秀社区工作法',
      lineIndexes: [],
      items: [{ seq: null, start: 0, end: 4, regionText: '湖滨社区', title: '', warnings: [] }],
    };
    expect(withoutBackgroundHonours([list], '民政部开展优秀社区工作法征集展示活动')).toEqual([
      list,
    ]);
    expect(
      withoutBackgroundHonours([{ ...list, phrase: '全国文明单位' }], '某区邀您推荐 社区工作法'),
    ).toEqual([]);
  });

  it('keep places named with the programme the plan is about', () => {
    const { codes } = readResolved(
      [
        '我省出台养老服务业发展规划',
        '规划提出，以芜湖、安庆两个国家级养老服务业综合改革试点城市为核心，带动全省发展。',
      ].join('\n'),
    );
    expect(codes).toEqual(['340200', '340800']);
  });

  it("keep the plan's own place named with a programme", () => {
    const { n, codes } = readResolved(
      [
        '绍兴市人民政府办公室关于印发绍兴市“十四五”养老服务发展规划的通知',
        '一、发展基础',
        '“十三五”期间，绍兴市被确定为全国居家和社区养老服务改革试点地区，养老服务体系不断完善。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330600']);
    expect(n.records).toHaveLength(1);
  });
});
