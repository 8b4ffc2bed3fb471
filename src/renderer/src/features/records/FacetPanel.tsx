/**
 * Facets beside the grid: tick values to narrow the rows (province, city, programme,
 * year, batch, status) plus two flags. Counts come from SQL for the current search and
 * filters; each facet is counted without its own ticks, so ticking a second value works.
 * The panel folds to a narrow strip (remembered per grid) and gives its width to the grid: at
 * 1280 px the 区划 column did not fit beside it. Folded, it still says how many ticks narrow
 * the rows.
 */
import type {
  FacetCounts,
  FacetField,
  FacetSelection,
  RecordKind,
} from '../../../../shared/domain';
import { useRef } from 'react';
import { useRemembered } from '../../components/use-remembered';
import { FacetValues } from './FacetValues';
import { ImportNarrowing } from './ImportNarrowing';

const TITLES: Record<FacetField, string> = {
  province: '省份',
  city: '地市',
  programme: '项目',
  year: '年度',
  batch: '批次',
  status: '状态',
};
const ORDER: FacetField[] = ['province', 'city', 'programme', 'year', 'batch', 'status'];

type Value = string | number | null;

/** How many ticks narrow the rows: a folded panel still says so. */
export const tickCount = (s: FacetSelection): number =>
  Object.values(s).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : v ? 1 : 0), 0);

export function FacetPanel(props: {
  kind: RecordKind;
  counts: FacetCounts | null;
  selection: FacetSelection;
  onChange: (s: FacetSelection) => void;
}) {
  const { counts, selection, onChange } = props;
  const toggle = (field: FacetField, value: Value) => {
    const current = (selection[field] ?? []) as Value[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    const copy: FacetSelection = { ...selection };
    if (next.length === 0) delete copy[field];
    else (copy as Record<string, Value[]>)[field] = next;
    onChange(copy);
  };
  const flag = (key: 'hasWarnings' | 'hasDuplicates', on: boolean) => {
    const copy = { ...selection };
    if (on) copy[key] = true;
    else delete copy[key];
    onChange(copy);
  };
  const [folded, setFolded] = useRemembered(
    `grid.${props.kind}.facetsFolded`,
    () => false,
    (v): v is boolean => typeof v === 'boolean',
  );
  // The button pressed goes as the panel folds or unfolds: focus moves to the one that takes
  // it back, or a keyboard user is left on the page's start (not on a remembered fold).
  const toggled = useRef(false);
  const foldTo = (fold: boolean) => {
    toggled.current = true;
    setFolded(fold);
  };
  const takeFocus = (el: HTMLButtonElement | null) => {
    if (!el || !toggled.current) return;
    toggled.current = false;
    el.focus();
  };
  const active = Object.keys(selection).length > 0;
  const ticks = tickCount(selection);
  if (folded)
    return (
      <aside className="facets facets-folded" aria-label="分面筛选" data-testid="facets">
        <button
          type="button"
          className="facet-unfold"
          aria-expanded={false}
          title={ticks > 0 ? `展开筛选（已勾选 ${ticks} 项）` : '展开筛选'}
          ref={takeFocus}
          onClick={() => foldTo(false)}
        >
          筛选
          {ticks > 0 && <span className="facet-ticks">{ticks}</span>}
        </button>
      </aside>
    );
  return (
    <aside className="facets" aria-label="分面筛选" data-testid="facets">
      <div className="facet-head">
        <strong>筛选</strong>
        <span className="facet-head-actions">
          {active && (
            <button type="button" className="link-button" onClick={() => onChange({})}>
              清除
            </button>
          )}
          <button
            type="button"
            className="link-button"
            aria-expanded
            title="收起筛选，把宽度让给表格"
            ref={takeFocus}
            onClick={() => foldTo(true)}
          >
            收起
          </button>
        </span>
      </div>
      <fieldset className="facet">
        <legend>标记</legend>
        {/* A link from 导入完成 narrows to the import's notices: said here, and let go here. */}
        <ImportNarrowing selection={selection} onChange={onChange} />
        <label>
          <input
            type="checkbox"
            checked={selection.hasWarnings === true}
            onChange={(e) => flag('hasWarnings', e.target.checked)}
          />
          有警告 <span className="facet-count">{counts?.hasWarnings ?? ''}</span>
        </label>
        {/* Not only the 去重 page's pairs: a record several notices list counts too, so the
            label names that first (the panel lists those sources under 来源). */}
        <label title="来源多于一处（出现在多份通知中，见详情的“来源”）、有过去重判断，或与其他记录关联">
          <input
            type="checkbox"
            checked={selection.hasDuplicates === true}
            onChange={(e) => flag('hasDuplicates', e.target.checked)}
          />
          多来源/重复/关联 <span className="facet-count">{counts?.hasDuplicates ?? ''}</span>
        </label>
      </fieldset>
      {ORDER.map((field) => {
        const values = counts?.values[field] ?? [];
        const ticked = (selection[field] ?? []) as Value[];
        if (values.length === 0 && ticked.length === 0) return null;
        return (
          <fieldset className="facet" key={field} data-facet={field}>
            <legend>{TITLES[field]}</legend>
            <FacetValues
              title={TITLES[field]}
              values={values}
              ticked={ticked}
              onToggle={(v) => toggle(field, v)}
            />
          </fieldset>
        );
      })}
    </aside>
  );
}
