/**
 * The reviewer's say on one joined item of a later notice, before committing: keep the
 * record identity found, re-point the mention to another existing record (searched by place
 * or theme), or detach it so the item becomes a record of its own. The choice rides with
 * the file into the next dry run and the commit.
 */
import { useState } from 'react';
import type { LedgerRecord } from '../../../../shared/domain';
import { RecordPicker } from '../../components/RecordPicker';

export interface ChosenJoin {
  /** null: detached, a new record. */
  recordId: number | null;
  /** How the chosen record is shown (place, programme, theme). */
  label: string;
}

/** Under the ledger cell of a joined item (or one already chosen) in an editable preview. */
export function JoinChoiceControls(props: {
  record: LedgerRecord;
  choice: ChosenJoin | undefined;
  onChoose: (c: ChosenJoin | undefined) => void;
}) {
  const [picking, setPicking] = useState(false);
  if (props.choice)
    return (
      <div className="join-choice" data-testid="join-choice">
        {props.choice.recordId === null
          ? '将新建记录（审核人指定）'
          : `将关联到：${props.choice.label}（审核人指定）`}
        <button type="button" className="link-button" onClick={() => props.onChoose(undefined)}>
          撤回
        </button>
      </div>
    );
  if (picking)
    return (
      <RecordPicker
        record={props.record}
        onPick={(c) => {
          setPicking(false);
          props.onChoose(c);
        }}
        onCancel={() => setPicking(false)}
      />
    );
  return (
    <div className="join-actions">
      <button type="button" className="link-button" onClick={() => setPicking(true)}>
        改关联…
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => props.onChoose({ recordId: null, label: '' })}
      >
        改为新建
      </button>
    </div>
  );
}
