/** The line at the foot of the window saying what the last action did ("已撤销：导入《…》"). */
import { useEffect, useState } from 'react';
import { pageFromHash } from '../nav';
import { onLedgerChange, type LedgerChange } from './undo-bus';

type Shown = LedgerChange & { at: string; elsewhere?: boolean };

export function StatusLine() {
  const [last, setLast] = useState<Shown | null>(null);
  useEffect(
    () =>
      onLedgerChange((c) =>
        setLast({
          ...c,
          at: new Date().toLocaleTimeString('zh-CN', {
            timeZone: 'Asia/Shanghai', // China time, as every stamp staff see
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          }),
        }),
      ),
    [],
  );
  // An error said on one page folds to one line on the next: whole, it took a fifth of a
  // 720-px window on 期限 to tell of a paste on 实验区 (the full text stays in the tooltip).
  useEffect(() => {
    let page = pageFromHash(window.location.hash);
    const onHash = () => {
      const next = pageFromHash(window.location.hash);
      if (next === page) return;
      page = next;
      setLast((l) => (l && l.tone === 'error' && !l.elsewhere ? { ...l, elsewhere: true } : l));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const tone = last?.tone === 'error' ? (last.elsewhere ? ' error elsewhere' : ' error') : '';
  return (
    <div
      className={`status-line${tone}`}
      role="status"
      aria-live="polite"
      data-testid="status-line"
      title={last?.message}
    >
      {last ? (
        <>
          <span className="status-time">{last.at}</span> {last.message}
        </>
      ) : (
        <span className="muted">Ctrl+Z 撤销 · Ctrl+Y 重做 · 每一处修改都可撤销</span>
      )}
    </div>
  );
}
