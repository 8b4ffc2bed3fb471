/**
 * A grid opened from 导入完成 is narrowed to that import's notices: said in the facet panel,
 * switched there between the records they created (新增), joined (关联) or both — the import
 * page's summary is gone once the clerk has left it — and let go by its box.
 */
import type { FacetSelection, ImportedAs } from '../../../../shared/domain';

const CHOICES: { as: ImportedAs | undefined; label: string }[] = [
  { as: 'created', label: '新增的' },
  { as: 'joined', label: '关联已有的' },
  { as: undefined, label: '全部' },
];

export function ImportNarrowing(props: {
  selection: FacetSelection;
  onChange: (next: FacetSelection) => void;
}) {
  const { selection, onChange } = props;
  if (!selection.notices) return null;
  const change = (as: ImportedAs | undefined, keep: boolean) => {
    const copy = { ...selection };
    delete copy.importedAs;
    if (!keep) delete copy.notices;
    else if (as) copy.importedAs = as;
    onChange(copy);
  };
  return (
    <div className="import-narrowing" data-testid="facet-notices">
      <label>
        <input type="checkbox" checked onChange={() => change(undefined, false)} />
        仅本次导入的通知（{selection.notices.length} 份）
        {CHOICES.find((c) => c.as === selection.importedAs)?.label ?? '全部'}
        记录
      </label>
      <span role="radiogroup" aria-label="本次导入的记录" className="import-narrowing-choices">
        {CHOICES.map((c) => (
          <label key={c.label}>
            <input
              type="radio"
              name="imported-as"
              checked={selection.importedAs === c.as}
              onChange={() => change(c.as, true)}
            />
            {c.label}
          </label>
        ))}
      </span>
    </div>
  );
}
