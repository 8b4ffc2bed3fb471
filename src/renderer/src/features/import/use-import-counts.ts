/**
 * 导入完成's 新增 N and 关联 M, counted by the ledger with the grid's own narrowing: the
 * records the committed notices created, and those they named and none of them created. The
 * notices' own changes counted an item merged at import (into a held record or into another
 * item) among the new ones, so the summary promised rows its link did not open.
 */
import { useEffect, useState } from 'react';
import type { ImportedAs } from '../../../../shared/domain';
import { api } from '../../api';

export type ImportCounts = Record<ImportedAs, number>;

export function useImportCounts(notices: readonly number[]): ImportCounts | null {
  const [counts, setCounts] = useState<ImportCounts | null>(null);
  const key = notices.join(',');
  useEffect(() => {
    setCounts(null);
    if (!key) return;
    let live = true;
    const ids = key.split(',').map(Number);
    const count = async (as: ImportedAs) => {
      const r = await api.call('records/page', {
        facets: { notices: ids, importedAs: as },
        limit: 1,
      });
      return r.ok ? r.value.total : 0;
    };
    void Promise.all([count('created'), count('joined')]).then(([created, joined]) => {
      if (live) setCounts({ created, joined });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return counts;
}
