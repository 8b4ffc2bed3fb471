/** What the next 撤销 and 重做 would do, re-read whenever the ledger is written from any page. */
import { useEffect, useState } from 'react';
import type { HistoryPeek } from '../../../shared/operations';
import { api } from '../api';
import { onLedgerWritten } from './ledger-events';

export function useHistoryPeek(): HistoryPeek | null {
  const [peek, setPeek] = useState<HistoryPeek | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void api.call('history/peek', {}).then((r) => {
        if (live && r.ok) setPeek(r.value);
      });
    read();
    const stop = onLedgerWritten(read);
    // Another window, browser tab or the command line may write too: look again on return.
    window.addEventListener('focus', read);
    return () => {
      live = false;
      stop();
      window.removeEventListener('focus', read);
    };
  }, []);
  return peek;
}
