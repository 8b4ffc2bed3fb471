/**
 * A record's status for the workbook when staff have not written one: read from what has
 * happened to it. A zone's milestones tell where its cycle stands (实验中 until its final
 * report is due, then 待验收 until the acceptance is done, 已验收 after; an extension makes it
 * 已延期; every remaining duty waived, 已终止). A case or other list entry was published by
 * the notice that named it (已公布); an observation point was confirmed (已确认).
 */
import type { LedgerRecord, Milestone } from '../../../shared/domain';

type Item = Pick<Milestone, 'kind' | 'status' | 'dueOn' | 'endOn'>;

function zoneStatus(items: readonly Item[], asOf: string): string {
  if (items.some((m) => m.kind === 'acceptance' && m.status === 'done')) return '已验收';
  const duties = items.filter((m) => m.kind !== 'approval');
  if (duties.length > 0 && duties.every((m) => m.status === 'waived' || m.status === 'done')) {
    if (duties.some((m) => m.status === 'waived')) return '已终止';
  }
  if (items.some((m) => m.kind === 'extension')) return '已延期';
  const end = items.find((m) => m.kind === 'final_report');
  if (end && (end.endOn ?? end.dueOn) < asOf) return '待验收';
  return '实验中';
}

export function recordStatus(r: LedgerRecord, items: readonly Item[], asOf: string): string {
  const written = r.status?.trim();
  if (written) return written;
  switch (r.kind) {
    case 'zone':
      return zoneStatus(items, asOf);
    case 'observation':
      return '已确认';
    default:
      return '已公布';
  }
}
