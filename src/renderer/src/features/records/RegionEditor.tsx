/**
 * The region cell editor: type a place (name, pinyin or initials) and pick from the
 * gazetteer's suggestions with ↑/↓; Enter saves. Whatever is saved is re-resolved by the
 * backend, which also rewrites the codes and province/city/county/town in one operation.
 */
import type { CustomCellEditorProps } from 'ag-grid-react';
import { useEffect, useRef, useState } from 'react';
import type { GridRecord, RegionSuggestion } from '../../../../shared/domain';
import { api } from '../../api';

const LEVEL: Record<string, string> = {
  province: '省',
  city: '市',
  county: '县',
  town: '乡镇',
  village: '村社',
};

export function RegionEditor(props: CustomCellEditorProps<GridRecord, string>) {
  const start =
    props.eventKey && props.eventKey.length === 1 ? props.eventKey : (props.value ?? '');
  const [text, setText] = useState(start);
  const [items, setItems] = useState<RegionSuggestion[]>([]);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The grid attaches popup editors after React mounts them: focus once it has.
    const t = setTimeout(() => input.current?.focus(), 0);
    input.current?.focus();
    if (start !== props.value) props.onValueChange(start);
    return () => clearTimeout(t);
    // Run once: the editor opens with the key that started editing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setItems([]);
      return;
    }
    let live = true;
    const t = setTimeout(() => {
      void api.call('regions/suggest', { query: q.slice(0, 50), limit: 8 }).then((r) => {
        if (live && r.ok) setItems(r.value);
      });
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [text]);

  const pick = (i: number) => {
    setActive(i);
    const s = items[i];
    if (s) props.onValueChange(s.fullName);
  };

  return (
    <div className="region-editor">
      <input
        ref={input}
        value={active >= 0 && items[active] ? items[active].fullName : text}
        aria-label="地区"
        onChange={(e) => {
          setActive(-1);
          setText(e.target.value);
          props.onValueChange(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            e.stopPropagation(); // the grid would move to another row
            if (items.length === 0) return;
            const next =
              e.key === 'ArrowDown'
                ? Math.min(items.length - 1, active + 1)
                : Math.max(-1, active - 1);
            if (next < 0) {
              setActive(-1);
              props.onValueChange(text);
            } else pick(next);
          }
        }}
      />
      {items.length > 0 && (
        <ul className="region-suggestions" role="listbox">
          {items.map((s, i) => (
            <li
              key={s.code}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
                setTimeout(() => props.stopEditing(), 0);
              }}
            >
              <span>{s.fullName}</span>
              <small>
                {LEVEL[s.level] ?? ''} {s.code}
                {s.historical ? ' · 旧名' : ''}
              </small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
