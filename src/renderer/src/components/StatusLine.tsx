/** The line at the foot of the window saying what the last action did ("已撤销：导入《…》"). */
import { useEffect, useState } from 'react';
import { onLedgerChange, type LedgerChange } from './undo-bus';

export function StatusLine() {
  const [last, setLast] = useState<(LedgerChange & { at: string }) | null>(null);
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
  return (
    <div
      className={`status-line${last?.tone === 'error' ? ' error' : ''}`}
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
