/**
 * A unit only proposed for a term to rectify (拟列为限期整改, 建议列为…) or allowed it (可列为…) has
 * not failed: only a decided 列为 gives 未通过. Control: 列为 and 被列为 still fail.
 */
import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

const notice = (outcome: string) =>
  readResolved(
    `关于全国农村社区治理实验区验收情况的通报\n各省民政厅：\n经评估验收，北京市延庆区、天津市宝坻区通过验收，河北省邯郸市肥乡区${outcome}限期整改地区。\n`,
  ).n.records.map((r) => r.outcome?.status ?? null);

describe('a term to rectify', () => {
  it('only proposed or allowed, is no failure', () => {
    for (const verb of ['拟列为', '建议列为', '可列为'])
      expect(notice(verb)).not.toContain('未通过');
    expect(notice('拟列为')).toEqual(['已验收', '已验收', null]);
    // the proposal's object between (拟将其列为…, 建议将该区列为…)
    expect(outcomeIn('经评估，拟将其列为限期整改地区')).toBeNull();
    expect(outcomeIn('建议将该区列为限期整改地区')).toBeNull();
  });

  it('decided, fails', () => {
    expect(notice('列为')).toEqual(['已验收', '已验收', '未通过']);
    expect(notice('被列为')).toEqual(['已验收', '已验收', '未通过']);
  });
});
