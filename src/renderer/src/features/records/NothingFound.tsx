/**
 * What an empty grid says: an empty ledger points to the import page; nothing found under a
 * search or filter says so and offers to clear them.
 */
import type { RecordKind } from '../../../../shared/domain';

export const EMPTY_TEXT: Record<RecordKind, string> = {
  zone: '还没有实验区记录。请先在「导入」页导入确认实验区的通知或批复。',
  case: '还没有典型案例记录。请先在「导入」页导入公布典型案例的通知。',
  observation: '还没有观察点记录。请先在「导入」页导入观察点名单。',
  other: '还没有其他名单记录。',
};

export function NothingFound(props: { search: string; onClear: () => void }) {
  return (
    <div className="grid-nothing" data-testid="grid-nothing-found" role="status">
      <p>没有符合当前搜索或筛选条件的记录。</p>
      {/* Search finds the words as typed, side by side: a half-remembered name typed
          in one run (place and theme together) finds nothing, the same words apart do. */}
      {props.search.split(/[\s\u3000]+/).some((t) => [...t].length >= 4) && (
        <p className="muted" data-testid="grid-search-hint">
          搜索按连续的字查找。名称记不全时，请用空格分开记得的几个词再搜（如“栖霞 提案”）。
        </p>
      )}
      <button type="button" className="button small primary" onClick={props.onClear}>
        清除搜索和筛选
      </button>
    </div>
  );
}
