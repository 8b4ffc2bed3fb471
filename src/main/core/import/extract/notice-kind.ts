/**
 * The notice's kind follows from what it lists (zones → zone_approval, …) and, when it
 * lists nothing, from whether it states rules and asks for applications.
 */
import type { RecordKind } from '../../../../shared/domain';
import type { NoticeRole } from '../../../../shared/notice-roles';
import type { ExtractedRecord, NoticeKind, NoticeRule } from './types';
import { kindNamed } from './programme';
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

/** Roles of notices about units already on the books (they may name none of them). */
const LATER: ReadonlySet<NoticeRole> = new Set([
  'progress_report',
  'acceptance',
  'extension',
  'revocation',
  'news',
]);

/** Roles of notices that list nothing by their nature: a call for applications, rules. */
const CALLS: ReadonlySet<NoticeRole> = new Set(['application_call', 'rules_only']);

/**
 * A report, a later event or a story that names no unit is still about the kind of units
 * its title or its programme names ("…实验区（点）工作推进会" is about zones); a call or rules
 * notice is not. A title's 推荐/创建 or a stated rule makes a notice a call or a rules notice
 * only when that is its role: a 推荐名单 whose list is in a missing attachment, or a story of
 * a 创建 round, is about the units it names, not a call.
 */
export function kindOfReport(
  kind: NoticeKind,
  role: NoticeRole,
  listed: number,
  title: string | null,
  programme: string | null = null,
): NoticeKind {
  if (listed > 0) return kind;
  const lent = (kind === 'application_notice' || kind === 'rules') && !CALLS.has(role);
  if (kind !== 'other' && !lent) return kind;
  // A confirmation whose list nothing read (an attachment not carried) is about the units
  // its title names, as a later notice is.
  if (!LATER.has(role) && role !== 'confirmation') return 'other';
  const t = title ? keyOf(title) : '';
  if (/实验区|试验区/.test(t)) return 'zone_approval';
  if (/观察点/.test(t)) return 'observation_list';
  if (/案例|创新经验/.test(t)) return 'case_list';
  return KIND_OF_LIST[kindNamed(programme) ?? 'other'];
}

const KIND_OF_LIST: Record<RecordKind, NoticeKind> = {
  zone: 'zone_approval',
  observation: 'observation_list',
  case: 'case_list',
  other: 'other',
};
