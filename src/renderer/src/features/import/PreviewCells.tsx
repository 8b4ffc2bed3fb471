/**
 * The editable cells an import preview row is made of — its 类别 and a text field — shared
 * by the extracted rows and the rows added by hand, so both read and behave alike (locked
 * once the notice is committed).
 */
import { RECORD_KINDS, RECORD_KIND_LABELS, type RecordKind } from '../../../../shared/domain';

export function KindCell(props: {
  value: RecordKind;
  editable: boolean;
  onChange: (kind: RecordKind) => void;
  label?: string;
}) {
  return (
    <td>
      <select
        aria-label={props.label}
        value={props.value}
        disabled={!props.editable}
        onChange={(ev) => props.onChange(ev.target.value as RecordKind)}
      >
        {RECORD_KINDS.map((k) => (
          <option key={k} value={k}>
            {RECORD_KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </td>
  );
}

export function TextCell(props: {
  value: string;
  editable: boolean;
  onChange: (text: string) => void;
  label?: string;
  placeholder?: string;
  className?: string;
  autoFocus?: boolean;
  /** Shown under the field (what keeps the row from being committed). */
  problem?: string | null;
}) {
  return (
    <td>
      <input
        aria-label={props.label}
        className={props.className}
        value={props.value}
        // A value longer than the column is cut with an ellipsis; the whole of it on hover.
        title={props.value || undefined}
        placeholder={props.placeholder}
        disabled={!props.editable}
        autoFocus={props.autoFocus}
        onChange={(ev) => props.onChange(ev.target.value)}
      />
      {props.problem && props.editable && <div className="field-problem">{props.problem}</div>}
    </td>
  );
}
