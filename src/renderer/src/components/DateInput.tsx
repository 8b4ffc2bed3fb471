/**
 * A date field that reads the same on every system: the date shown as 2024-05-01 in a text
 * field (date-text.ts reads what is typed), with a calendar button opening the browser's
 * own picker. Changes are reported as ISO dates, '' when the field is emptied.
 */
import { useEffect, useRef, useState } from 'react';
import { parseDateText } from './date-text';

export function DateInput(props: {
  value: string;
  onChange: (iso: string) => void;
  'aria-label'?: string;
  /** Whether an emptied field is reported ('' ) or the last date kept. */
  optional?: boolean;
}) {
  const [text, setText] = useState(props.value);
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => setText(props.value), [props.value]);
  const typed = (t: string) => {
    setText(t);
    const iso = parseDateText(t);
    if (iso) props.onChange(iso);
    else if (!t.trim() && props.optional) props.onChange('');
  };
  const valid = !text.trim() || parseDateText(text) !== null;
  return (
    <span className="date-input">
      <input
        type="text"
        inputMode="numeric"
        value={text}
        // A format hint, not a date: an example date in an empty field reads as filled in.
        placeholder="年-月-日"
        title="日期，如 2024-05-01 或 2024年5月1日"
        aria-label={props['aria-label']}
        aria-invalid={!valid}
        className={valid ? undefined : 'invalid'}
        size={11}
        onChange={(e) => typed(e.target.value)}
        onBlur={() => setText(props.value)}
      />
      <button
        type="button"
        className="date-pick"
        title="选择日期"
        aria-label="选择日期"
        tabIndex={-1}
        onClick={() => picker.current?.showPicker()}
      >
        日历
      </button>
      <input
        ref={picker}
        type="date"
        className="date-picker-hidden"
        tabIndex={-1}
        aria-hidden="true"
        value={props.value}
        onChange={(e) => e.target.value && props.onChange(e.target.value)}
      />
    </span>
  );
}
