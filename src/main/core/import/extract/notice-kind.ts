/**
 * The notice's kind follows from what it lists (zones → zone_approval, …) and, when it
 * lists nothing, from whether it states rules and asks for applications.
 */
import type { ExtractedRecord, NoticeKind, NoticeRule } from './types';
import { keyOf } from './text-key';

export function noticeKind(
  records: ExtractedRecord[],
  writeupShare: number,
  rules: NoticeRule[],
  title: string | null,
): NoticeKind {
  const counts = { zone: 0, case: 0, observation: 0 };
  for (const r of records) if (r.kind !== 'other') counts[r.kind]++;
  const top = (Object.entries(counts) as [keyof typeof counts, number][]).sort(
    (a, b) => b[1] - a[1],
  )[0];
  if (top && top[1] > 0) {
    if (top[0] === 'zone') return 'zone_approval';
    if (top[0] === 'observation') return 'observation_list';
    return writeupShare >= 0.5 ? 'case_writeups' : 'case_list';
  }
  if (records.length > 0) return 'other';
  const t = title ? keyOf(title) : '';
  if (/申报|创建|征集|推荐|遴选/.test(t)) return 'application_notice';
  if (rules.length > 0) return 'rules';
  return 'other';
}
