/**
 * What Ctrl+D writes: the source value into each target cell that does not hold it already.
 * A fill with nothing to change (every cell already holds the value, or there is no row
 * above to fill from) writes nothing and says so, as paste and undo do when they have
 * nothing to act on — never a silent key, nor "已保存：没有变化" for an operation not made.
 */
import type { CellEdit, EditableRecordField } from '../../../../shared/domain';

export type Cell = string | number | null;

// An empty cell is empty whether the ledger holds null or ''.
const same = (a: Cell, b: Cell) => (a === '' ? null : a) === (b === '' ? null : b);

export const NOTHING_TO_FILL = '没有需要填充的单元格';

/** The edits of a fill, or the status line's reason when there are none. */
export function fillPlan(
  field: EditableRecordField,
  source: { value: Cell } | null,
  targets: readonly { id: number; value: Cell }[],
): { edits: CellEdit[] } | { nothing: string } {
  if (source === null) return { nothing: `${NOTHING_TO_FILL}（上方没有行可以填充）` };
  const edits = targets
    .filter((t) => !same(t.value, source.value))
    .map((t) => ({ id: t.id, field, value: source.value }));
  if (edits.length === 0) return { nothing: `${NOTHING_TO_FILL}（所选单元格已是该值）` };
  return { edits };
}
