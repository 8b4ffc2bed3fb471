/**
 * One facet's values: the most frequent first, the first few shown and the rest behind 更多
 * (with a box to find one by name). The list used to scroll inside a box 8 rows high whose
 * scroll bar showed only on hover: a ledger of 18 provinces showed 8, and nothing said more.
 */
import { useState } from 'react';

type Value = string | number | null;

/** Values shown before 更多: the box's 8 rows. */
export const FACET_SHOWN = 8;

const text = (v: Value) => (v === null ? '（空）' : String(v));

export function FacetValues(props: {
  title: string;
  values: readonly { value: Value; count: number }[];
  ticked: readonly Value[];
  onToggle: (v: Value) => void;
}) {
  const { title, values, ticked, onToggle } = props;
  const [all, setAll] = useState(false);
  const [find, setFind] = useState('');
  const many = values.length > FACET_SHOWN;
  const found = find.trim() ? values.filter((v) => text(v.value).includes(find.trim())) : values;
  // Folded, a ticked value beyond the first few still shows: what narrows the rows is seen.
  const shown =
    all || !many ? found : found.filter((v, i) => i < FACET_SHOWN || ticked.includes(v.value));
  const hidden = values.length - shown.length;
  return (
    <div className={`facet-values${all ? ' all' : ''}`}>
      {many && all && (
        <input
          type="search"
          className="facet-find"
          placeholder={`查找${title}`}
          aria-label={`查找${title}`}
          value={find}
          onChange={(e) => setFind(e.target.value)}
        />
      )}
      {shown.map((v) => (
        <label key={String(v.value)} title={text(v.value)}>
          <input
            type="checkbox"
            checked={ticked.includes(v.value)}
            onChange={() => onToggle(v.value)}
          />
          <span className="facet-value">{text(v.value)}</span>
          <span className="facet-count">{v.count}</span>
        </label>
      ))}
      {ticked
        .filter((t) => !values.some((v) => v.value === t))
        .map((t) => (
          <label key={`x-${String(t)}`}>
            <input type="checkbox" checked onChange={() => onToggle(t)} />
            <span className="facet-value">{text(t)}</span>
            <span className="facet-count">0</span>
          </label>
        ))}
      {many && (
        <button
          type="button"
          className="link-button facet-more"
          onClick={() => (setAll(!all), setFind(''))}
        >
          {all ? '收起' : `更多（共 ${values.length} 个，另 ${hidden} 个）`}
        </button>
      )}
    </div>
  );
}
