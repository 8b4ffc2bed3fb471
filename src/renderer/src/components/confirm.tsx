/**
 * Asking before a step that takes back a lot (undoing an import, a merge, a restore, a
 * change of many records): `askConfirm` opens a dialog and resolves with the answer. One
 * host (ConfirmHost, in the app shell) shows whichever question is open.
 */
import { useEffect, useRef, useState } from 'react';

export interface Question {
  title: string;
  message: string;
  confirmLabel: string;
}

type Pending = Question & { answer: (yes: boolean) => void };
const bus = new EventTarget();

export function askConfirm(q: Question): Promise<boolean> {
  return new Promise((resolve) => {
    bus.dispatchEvent(new CustomEvent<Pending>('ask', { detail: { ...q, answer: resolve } }));
  });
}

export function ConfirmHost() {
  const [open, setOpen] = useState<Pending | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onAsk = (e: Event) => setOpen((e as CustomEvent<Pending>).detail);
    bus.addEventListener('ask', onAsk);
    return () => bus.removeEventListener('ask', onAsk);
  }, []);
  useEffect(() => confirmButton.current?.focus(), [open]);
  if (!open) return null;
  const close = (yes: boolean) => {
    open.answer(yes);
    setOpen(null);
  };
  return (
    <div className="dialog-backdrop" onClick={() => close(false)}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        className="dialog"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && close(false)}
      >
        <h2 id="confirm-title">{open.title}</h2>
        {/* one paragraph a line: an undo says what leaves, then what goes with it */}
        {open.message.split('\n').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => close(false)}>
            取消
          </button>
          <button
            ref={confirmButton}
            type="button"
            className="button primary"
            onClick={() => close(true)}
          >
            {open.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
