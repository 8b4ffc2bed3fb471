/**
 * The starting defaults for zone programmes, stored as ordinary user rules (notice_id
 * NULL) the first time the schedule runs, so staff edit them like any other data and
 * nothing here is a fixed cycle. They follow the pattern of a provincial creation notice
 * (吉民发〔2019〕30号): a 2-year cycle, the annual plan early in the year, the summary
 * at year end, the final report by the end of the cycle and acceptance after it.
 * A notice's own rules (为期两年, 从2015年7月至2018年6月…) always win over these.
 */
import type Database from 'better-sqlite3';
import { getSetting, insertUserRule, setSetting, type UserRuleDraft } from '../../db/queries/rules';

const SEEDED = 'schedule.defaultsSeeded';

export const DEFAULT_PROGRAMMES = [
  '全国社区治理和服务创新实验区',
  '省级社区治理和服务创新实验区',
] as const;

function defaultsFor(programme: string): UserRuleDraft[] {
  const rule = (kind: string, text: string, params: Record<string, unknown>): UserRuleDraft => ({
    programme,
    kind,
    text: `默认规则（可修改）：${text}`,
    params,
  });
  return [
    rule('cycle', '实验周期2年（通知写明周期或起止时间时以通知为准）', { years: 2 }),
    rule('annual_plan', '每年1月31日前报送年度实验计划；确认当年为确认后30天内', {
      month: 1,
      day: 31,
      firstYearDays: 30,
    }),
    rule('annual_summary', '每年12月31日前报送年度实验总结', { month: 12, day: 31 }),
    rule('final_report', '实验期满前提交终期报告', { beforeEndDays: 0 }),
    rule('acceptance', '实验期满后3个月内完成结项验收', { afterEndMonths: 3 }),
  ];
}

/**
 * Stores the defaults once per ledger. The flag, not the rows, says it was done, so a
 * default the user deleted stays deleted.
 */
export function ensureDefaultRules(db: Database.Database): void {
  if (getSetting(db, SEEDED) !== null) return;
  db.transaction(() => {
    for (const p of DEFAULT_PROGRAMMES) for (const d of defaultsFor(p)) insertUserRule(db, d);
    setSetting(db, SEEDED, new Date().toISOString());
  })();
}
