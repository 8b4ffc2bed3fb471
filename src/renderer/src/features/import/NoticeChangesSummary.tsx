/**
 * What a notice changes in the ledger, shown before it is written and after: records it
 * creates, existing records it names (each with the identity reason), status events, and
 * the milestones it adds and closes. Also the notice's role, in Chinese.
 */
import type { NoticeChanges } from '../../../../shared/contract';
import type { ImportedAs, LedgerRecord, Notice, RecordKind } from '../../../../shared/domain';
import { NOTICE_ROLE_LABELS } from '../../../../shared/notice-roles';
import { gridLink } from '../records/grid-link';
import { useImportCounts } from './use-import-counts';

export function NoticeRoleLine(props: { notice: Notice; changes: NoticeChanges | null }) {
  const role = props.notice.role;
  return (
    <>
      <dt>作用</dt>
      <dd data-testid="notice-role">
        {role ? NOTICE_ROLE_LABELS[role] : '（未识别）'}
        {props.changes?.secondary && <span className="tag tag-secondary">次要来源</span>}
      </dd>
    </>
  );
}

/**
 * The line of one item in the preview: a new record, or an existing record named again (and
 * why). `slot` is the item's place in the notice: two items may join one record.
 */
export function LedgerCell(props: {
  record: LedgerRecord;
  slot: number;
  changes: NoticeChanges | null;
}) {
  const c = props.changes;
  if (!c) return null;
  const joined = c.joined.find((j) => j.index === props.slot);
  const events = c.events.filter((e) => e.recordId === props.record.id).map((e) => e.status);
  return (
    <span className={joined ? 'ledger-joined' : 'ledger-new'} title={joined?.reason}>
      {joined ? '关联已有' : '新建'}
      {events.length > 0 && <strong className="event-status"> → {events.join('、')}</strong>}
      {joined && <small className="join-reason">{joined.reason}</small>}
    </span>
  );
}

/**
 * The notice's effect in one line. `byHand` counts the rows added by hand in the preview
 * and `leftOut` the rows unticked: the dry run was made before either, so they are counted
 * here; after the commit the line is the ledger's own count.
 */
export function NoticeChangesSummary(props: {
  changes: NoticeChanges;
  committed: boolean;
  byHand: number;
  /** Rows unticked since the dry run: not created, not joined. */
  leftOut: { created: number; joined: number };
}) {
  const c = props.changes;
  const verb = props.committed ? '' : '将';
  const created = c.created.length - props.leftOut.created + props.byHand;
  const joined = c.joined.length - props.leftOut.joined;
  return (
    <p className="notice-changes" data-testid="notice-changes">
      本通知{verb}新建 <b>{created}</b> 条记录
      {props.byHand > 0 && <>（含手工补录 {props.byHand} 条）</>}，关联已有 <b>{joined}</b> 条，
      {'状态变更 '}
      <b>{c.events.length}</b> 条；期限新增 <b>{c.milestonesAdded}</b> 项、关闭{' '}
      <b>{c.milestonesClosed}</b> 项
      {c.unconfirmed > 0 && (
        <>
          ；<span className="warn-text">{c.unconfirmed} 条尚无确认记录，待审核</span>
        </>
      )}
      {c.skipped > 0 && <>；{c.skipped} 项未建记录（未能确定具体的区县或乡镇）</>}
      {c.retoldUnrecorded > 0 && (
        <span data-testid="retold-unrecorded">
          ；提及前批单位 {c.retoldUnrecorded} 个，台账中无对应记录，未新建
        </span>
      )}
      {c.autoMerged > 0 && (
        <>
          ；
          <span className="warn-text" data-testid="auto-merged">
            其中 {c.autoMerged} 条与已有记录或本通知中的另一条重复，
            {props.committed ? '已自动合并' : '导入时将自动合并'}
            （可在操作记录中撤销）
          </span>
        </>
      )}
      。
    </p>
  );
}

/**
 * The grid holding most of the committed records, narrowed to the records the committed
 * notices created (新增) or joined (关联): the ledger lists by id, so a second import's records
 * stood below the first's; and with both links opening every record the notices name, the
 * clerk could not tell the new records from the ones named again.
 */
function mainGrid(
  kinds: readonly RecordKind[],
  notices: readonly number[],
  as: ImportedAs,
): string {
  const count = new Map<RecordKind, number>();
  for (const k of kinds) count.set(k, (count.get(k) ?? 0) + 1);
  const top = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'zone';
  return gridLink(top, {}, notices, as);
}

/**
 * After commit: 新增 N、关联 M、状态变更 K、待审核 J, with links to where to look — the grid
 * of the records' kind, the deadlines their events change, and the notices whose warnings
 * list the records still waiting for a confirmation.
 */
export function CommitSummary(props: {
  changes: NoticeChanges[];
  kinds: readonly RecordKind[];
  /** The committed notices' ids. */
  notices: readonly number[];
}) {
  const sum = (f: (c: NoticeChanges) => number) => props.changes.reduce((a, c) => a + f(c), 0);
  // 新增 and 关联 as the grid their links open narrows (read back from the ledger); until read, …
  const counts = useImportCounts(props.notices);
  const created = counts?.created ?? '…';
  const joined = counts?.joined ?? '…';
  const events = sum((c) => c.events.length);
  const review = sum((c) => c.unconfirmed);
  return (
    <div className="commit-summary" role="status" data-testid="commit-summary">
      导入完成：<a href={mainGrid(props.kinds, props.notices, 'created')}>新增 {created}</a>、
      <a href={mainGrid(props.kinds, props.notices, 'joined')}>关联 {joined}</a>、
      <a href="#/deadlines">状态变更 {events}</a>、<a href="#/notices">待审核 {review}</a>
    </div>
  );
}
