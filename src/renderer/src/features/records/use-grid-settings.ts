/**
 * A grid's column layout and saved views, read from and written to the ledger's settings
 * (so they follow the file). Layout saves are debounced: dragging a column edge fires
 * many resize events.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnLayout, GridSettings, SavedView } from '../../../../shared/domain';
import { api } from '../../api';
import { announce } from '../../components/undo-bus';

export function useGridSettings(grid: string) {
  const [settings, setSettings] = useState<GridSettings | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    setSettings(null);
    void api.call('views/get', { grid }).then((r) => {
      if (live) setSettings(r.ok ? r.value : { layout: null, views: [] });
    });
    return () => {
      live = false;
    };
  }, [grid]);

  const apply = (r: Awaited<ReturnType<typeof api.call<'views/get'>>>, done?: string) => {
    if (r.ok) {
      setSettings(r.value);
      if (done) announce({ message: done, tone: 'info', dataChanged: false });
    } else announce({ message: r.error.message, tone: 'error', dataChanged: false });
  };

  const saveLayout = useCallback(
    (layout: ColumnLayout[] | null) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(
        () => void api.call('views/saveLayout', { grid, layout }).then((r) => apply(r)),
        400,
      );
    },
    [grid],
  );
  const saveView = useCallback(
    async (view: SavedView) =>
      apply(await api.call('views/save', { grid, view }), `已保存视图「${view.name}」`),
    [grid],
  );
  const deleteView = useCallback(
    async (name: string) =>
      apply(await api.call('views/delete', { grid, name }), `已删除视图「${name}」`),
    [grid],
  );
  return { settings, saveLayout, saveView, deleteView };
}
