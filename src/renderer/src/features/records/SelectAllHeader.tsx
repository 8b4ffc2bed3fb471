/**
 * The header checkbox of the tick column: ticks every row the current search, facets and
 * filters show. The grid reads rows page by page (its infinite model has no select-all of
 * its own), so rows not yet read are read first, then ticked; rows hidden by the view are
 * never among them.
 */
import type { IHeaderParams } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import type { GridRecord } from '../../../../shared/domain';
import { announce } from '../../components/undo-bus';

type State = 'none' | 'some' | 'all';

function stateOf(p: IHeaderParams<GridRecord>): State {
  const total = p.api.getDisplayedRowCount();
  const n = p.api.getSelectedNodes().length;
  return n === 0 ? 'none' : n >= total ? 'all' : 'some';
}

/** Reads every block of the current view into the grid's cache (visiting the last row of each). */
async function loadAll(p: IHeaderParams<GridRecord>): Promise<void> {
  const total = p.api.getDisplayedRowCount();
  const loaded = () => {
    let n = 0;
    p.api.forEachNode((node) => node.data && n++);
    return n;
  };
  for (let tries = 0; loaded() < total && tries < 200; tries++) {
    for (let i = 0; i < total; i++) {
      if (!p.api.getDisplayedRowAtIndex(i)?.data) {
        p.api.ensureIndexVisible(i, 'top');
        break;
      }
    }
    await new Promise((r) => setTimeout(r, 60));
  }
  p.api.ensureIndexVisible(0, 'top');
}

export function SelectAllHeader(p: IHeaderParams<GridRecord>) {
  const [state, setState] = useState<State>(() => stateOf(p));
  useEffect(() => {
    const update = () => setState(stateOf(p));
    p.api.addEventListener('selectionChanged', update);
    p.api.addEventListener('modelUpdated', update);
    return () => {
      if (p.api.isDestroyed()) return;
      p.api.removeEventListener('selectionChanged', update);
      p.api.removeEventListener('modelUpdated', update);
    };
  }, [p]);

  const toggle = async () => {
    if (state !== 'none') return p.api.deselectAll();
    await loadAll(p);
    const nodes: Parameters<typeof p.api.setNodesSelected>[0]['nodes'] = [];
    p.api.forEachNode((n) => n.data && nodes.push(n));
    p.api.setNodesSelected({ nodes, newValue: true });
    const total = p.api.getDisplayedRowCount();
    if (nodes.length < total)
      announce({
        message: `已勾选 ${nodes.length} 条（共 ${total} 条，其余尚未读入，请缩小筛选后再全选）`,
        tone: 'error',
        dataChanged: false,
      });
  };

  return (
    <input
      type="checkbox"
      className="select-all"
      aria-label="全选当前显示的记录"
      title="全选当前搜索、筛选下的全部记录"
      checked={state === 'all'}
      ref={(el) => {
        if (el) el.indeterminate = state === 'some';
      }}
      onChange={() => void toggle()}
    />
  );
}
