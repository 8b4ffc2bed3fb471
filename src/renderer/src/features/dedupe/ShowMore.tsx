/**
 * A long list shown a part at a time. On a large ledger the review queue held ten thousand
 * groups and the related list fifty thousand pairs: drawn all at once, the page took minutes
 * to appear after its answer came, without a sign of progress, and every merge drew it all
 * again. A clerk works through the first groups; the rest come on request.
 */
import { useState } from 'react';
import { SHOWN_STEP } from './shown-step';

export function useShown(): [number, () => void] {
  const [shown, setShown] = useState(SHOWN_STEP);
  return [shown, () => setShown((n) => n + SHOWN_STEP)];
}

export function ShowMore(props: {
  shown: number;
  total: number;
  unit: string;
  onMore: () => void;
}) {
  if (props.total <= props.shown) return null;
  const next = Math.min(SHOWN_STEP, props.total - props.shown);
  return (
    <p className="dd-more">
      已显示前 {props.shown} {props.unit}，共 {props.total} {props.unit}。{' '}
      <button type="button" className="button small" onClick={props.onMore}>
        再显示 {next} {props.unit}
      </button>
    </p>
  );
}
