/** One section of 期限 read a page at a time, drawn as the milestone table with 再列出 and 全选. */
import { ErrorNote } from '../../components/ErrorNote';
import { Loading } from '../../components/Loading';
import { MilestoneTable, type RowSelection } from './MilestoneRow';
import type { SectionPage } from './use-section-page';

export function SectionTable({
  rows,
  onChanged,
  empty,
  selection,
  label,
  known,
}: {
  rows: SectionPage;
  /**
   * The section's count from the page's own counts for this very date and filter: at 0 its
   * empty wording is the answer, not 正在加载… beside a heading that already says 0.
   */
  known?: number;
  onChanged: () => void;
  empty: string;
  selection?: RowSelection;
  label: string;
}) {
  if (rows.error) return <ErrorNote error={rows.error} />;
  // rows of another date or filter are not shown as this one's while it loads
  if (!rows.page || rows.stale) {
    if (known === 0) return <p className="muted">{empty}</p>;
    return <Loading what={label} />;
  }
  return (
    <MilestoneTable
      items={rows.items}
      total={rows.page.total}
      onMore={rows.loading ? undefined : rows.more}
      allIds={rows.allIds}
      onChanged={onChanged}
      empty={empty}
      selection={selection}
      label={label}
    />
  );
}
