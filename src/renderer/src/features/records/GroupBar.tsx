/**
 * 分组 as Feishu and Excel users expect it, in what community AG Grid allows with rows read
 * page by page: the grid is sorted by the chosen field, and a strip above it lists every
 * group of the current view with its count; a click narrows the grid to that group.
 */
import type { FacetCounts, FacetField, FacetSelection } from '../../../../shared/domain';

export const GROUP_FIELDS: { field: FacetField; label: string }[] = [
  { field: 'province', label: '省份' },
  { field: 'programme', label: '项目' },
  { field: 'batch', label: '批次' },
  { field: 'status', label: '状态' },
  { field: 'year', label: '年度' },
];

export function GroupBar(props: {
  field: FacetField;
  counts: FacetCounts | null;
  facets: FacetSelection;
  onFacets: (f: FacetSelection) => void;
}) {
  const label = GROUP_FIELDS.find((g) => g.field === props.field)?.label ?? '';
  const groups = props.counts?.values[props.field] ?? [];
  const picked = props.facets[props.field] as (string | number | null)[] | undefined;
  const pick = (value: string | number | null) => {
    const copy = { ...props.facets } as Record<string, unknown>;
    if (picked?.length === 1 && picked[0] === value) delete copy[props.field];
    else copy[props.field] = [value];
    props.onFacets(copy as FacetSelection);
  };
  return (
    <nav className="group-bar" aria-label={`按${label}分组`} data-testid="group-bar">
      <span className="group-bar-title">
        按{label}分组（{groups.length} 组）
      </span>
      {groups.map((g) => {
        const on = picked?.length === 1 && picked[0] === g.value;
        return (
          <button
            key={String(g.value)}
            type="button"
            className={`group-chip${on ? ' on' : ''}`}
            aria-pressed={on}
            onClick={() => pick(g.value)}
            title={on ? '再点一次显示全部分组' : `只看这一组`}
          >
            {g.value === null || g.value === '' ? '（空）' : String(g.value)}
            <span className="group-count">{g.count}</span>
          </button>
        );
      })}
    </nav>
  );
}
