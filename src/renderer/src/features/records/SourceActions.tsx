/**
 * Under each source in the record panel: the way out of a wrong join. A later notice's
 * source that joined this record by mistake is split off it (拆出为新记录) or moved to the
 * record it belongs to (改关联到…), taking the status and deadlines it brought; the record
 * keeps what its other sources say. A source that cannot go says why instead of a button
 * that would only refuse (the record's own first source, its only one, one a merge brought).
 */
import { useState } from 'react';
import type { GridRecord, PanelMention } from '../../../../shared/domain';
import { api } from '../../api';
import { RecordPicker } from '../../components/RecordPicker';
import { announce } from '../../components/undo-bus';
import { keepRows } from './kept-rows';

function split(record: number, mentionId: number, into?: { recordId: number; label: string }) {
  void api
    .call('records/splitMention', { mentionId, ...(into ? { into: into.recordId } : {}) })
    .then((r) => {
      // Both records stay in view, as after a grid edit, before the change is announced.
      if (r.ok) keepRows([record, r.value.intoId]);
      announce(
        r.ok
          ? {
              message: r.value.created
                ? '已拆出为新记录：这处来源和它带来的状态、期限已移到新记录（Ctrl+Z 可撤销）'
                : `已改关联：这处来源已移到${into?.label ?? '所选记录'}（Ctrl+Z 可撤销）`,
              tone: 'info',
              dataChanged: true,
            }
          : { message: r.error.message, tone: 'error', dataChanged: false },
      );
    });
}

export function SourceActions(props: { record: GridRecord; mention: PanelMention }) {
  const [picking, setPicking] = useState(false);
  const { mention, record } = props;
  if (mention.splitBlocker)
    return (
      <p className="muted source-note" data-testid="split-blocked">
        不能拆出：{mention.splitBlocker}
      </p>
    );
  if (picking)
    return (
      <RecordPicker
        record={record}
        onPick={(c) => {
          setPicking(false);
          split(record.id, mention.mentionId, c);
        }}
        onCancel={() => setPicking(false)}
      />
    );
  return (
    <div className="source-actions">
      <span className="muted">这处来源关联错了？</span>
      <button
        type="button"
        className="button small nowrap"
        title="把这处来源连同它带来的状态、期限移到一条新记录上；本记录按其余来源恢复（可撤销）"
        onClick={() => split(record.id, mention.mentionId)}
      >
        拆出为新记录
      </button>
      <button
        type="button"
        className="button small nowrap"
        title="把这处来源移到它应属的另一条已有记录上（可撤销）"
        onClick={() => setPicking(true)}
      >
        改关联到…
      </button>
    </div>
  );
}
