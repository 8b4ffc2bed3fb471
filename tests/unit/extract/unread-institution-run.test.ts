/**
 * Never silent: institutions written one after another, each after its city or county, that no
 * layout read ("…的省厅某处、某市救助管理站（…）、某县福利院…获评…") are reported with where
 * they are; a run of government bureaus is not (they host and attend, they are not listed).
 */
import { describe, expect, it } from 'vitest';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { unreadRuns } from '../../../src/main/core/import/extract/unread-runs';

describe('an unread run of placed institutions', () => {
  it('is reported with its first names and count', () => {
    const text =
      '本省系统的省厅某处、保定市救助管理站（儿童保护中心）、邢台市任泽区社会（儿童）福利院、唐山市流浪乞讨人员救助站、沧州市社会福利院获评本年度先进单位。';
    const [w] = unreadRuns(keyText(text), [], []);
    expect(w).toMatchObject({ code: 'unread_list' });
    expect(w?.message).toContain('保定市救助管理站');
    expect(w?.message).toContain('等3个');
  });

  it('says nothing of a run of bureaus', () => {
    const text = '保定市民政局、邢台市民政局、唐山市民政局、沧州市民政局参加会议。';
    expect(unreadRuns(keyText(text), [], [])).toEqual([]);
  });

  it('says nothing of institutions visited, speaking or hosting', () => {
    const visited =
      '代表们先后来到保定市救助管理站、邢台市社会福利院、唐山市流浪乞讨人员救助站、沧州市社会福利院参观学习。';
    const spoke =
      '保定市救助管理站、邢台市社会福利院、唐山市流浪乞讨人员救助站、沧州市社会福利院作交流发言。';
    const hosted =
      '会议由保定市社会工作协会、邢台市社会组织促进会、唐山市公益基金会、沧州市慈善总会联合主办。';
    for (const text of [visited, spoke, hosted])
      expect(unreadRuns(keyText(text), [], [])).toEqual([]);
  });
});
