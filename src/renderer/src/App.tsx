/** The app shell: navigation on the left, one page at a time on the right. */
import { useEffect, useRef, useState } from 'react';
import { PAGES, pageFromHash, type PageId } from './nav';
import { HomePage } from './features/home/HomePage';
import { ImportPage } from './features/import/ImportPage';
import { RecordsPage } from './features/records/RecordsPage';
import { DedupePage } from './features/dedupe/DedupePage';
import { DeadlinesPage } from './features/deadlines/DeadlinesPage';
import { ExportPage } from './features/export/ExportPage';
import { BackupsPage } from './features/backups/BackupsPage';
import { NoticesPage } from './features/notices/NoticesPage';
import { askConfirm, ConfirmHost } from './components/confirm';
import { leaveWarning } from './components/leave-guard';
import { ProgressLine } from './components/ProgressLine';
import { StatusLine } from './components/StatusLine';
import { UndoBar } from './components/UndoBar';
import { useSaveKeyNote } from './components/use-save-key-note';
import { HistoryPage } from './features/history/HistoryPage';
import './components/shell-foot.css';
import { isTextTarget, redo, undo, undoKey } from './components/undo-bus';

export const go = (page: PageId) => {
  window.location.hash = `#/${page}`;
};

// Each records page is keyed by its kind: React would otherwise keep one page's search,
// facets and selection when the user moves to another kind (a 实验区 filter hiding every case).
function Page({ id }: { id: PageId }) {
  switch (id) {
    case 'others':
      return <RecordsPage key="other" kind="other" />;
    case 'notices':
      return <NoticesPage />;
    case 'home':
      return <HomePage />;
    case 'import':
      return <ImportPage />;
    case 'zones':
      return <RecordsPage key="zone" kind="zone" />;
    case 'cases':
      return <RecordsPage key="case" kind="case" />;
    case 'observations':
      return <RecordsPage key="observation" kind="observation" />;
    case 'dedupe':
      return <DedupePage />;
    case 'deadlines':
      return <DeadlinesPage />;
    case 'export':
      return <ExportPage />;
    case 'backups':
      return <BackupsPage />;
    case 'history':
      return <HistoryPage />;
  }
}

export function App() {
  const [page, setPage] = useState<PageId>(() => pageFromHash(window.location.hash));
  // The page shown and the address it was shown at (a records page keeps its facets there).
  const shown = useRef({ page, hash: window.location.hash });
  useEffect(() => {
    const show = (next: PageId, hash: string) => {
      shown.current = { page: next, hash };
      setPage(next);
    };
    // A page holding unstored work (leave-guard.ts) is left only when the user says so; the
    // address stays on it while the question is open.
    const onHash = () => {
      const hash = window.location.hash;
      const next = pageFromHash(hash);
      const from = shown.current;
      const warning = next === from.page ? null : leaveWarning();
      if (!warning) return show(next, hash);
      window.history.replaceState(window.history.state, '', from.hash || '#/');
      void askConfirm({ ...warning, confirmLabel: '仍要离开' }).then((yes) => {
        if (!yes) return;
        window.history.replaceState(window.history.state, '', hash);
        show(next, hash);
      });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // Alt+1…9 jumps to the first nine pages: staff keep their hands on the keyboard.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = Number(e.key);
      if (e.altKey && n >= 1 && n <= PAGES.length) {
        e.preventDefault();
        go(PAGES[n - 1]!.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) undo and redo the ledger's last operation from any page;
  // text fields keep their own typing undo.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const which = undoKey(e);
      if (!which || isTextTarget(e.target)) return;
      e.preventDefault();
      void (which === 'undo' ? undo() : redo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useSaveKeyNote();

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="主导航">
        <div className="brand">
          <span className="brand-mark">台账</span>
          <span className="brand-sub">社区治理台账工作站</span>
        </div>
        <ul>
          {PAGES.map((p, i) => (
            <li key={p.id}>
              <a
                href={`#/${p.id}`}
                className={p.id === page ? 'active' : undefined}
                aria-current={p.id === page ? 'page' : undefined}
                title={i < 9 ? `${p.label}（Alt+${i + 1}）` : p.label}
                data-nav={p.id}
              >
                {p.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">数据只保存在本机</div>
      </nav>
      {/* The foot sits below the scrolling page, never over it: a bar a page keeps in view at
          its own bottom (导出's button) can no longer slide under the foot at any window size. */}
      <div className="shell-main">
        <main className="content" data-page={page}>
          <Page id={page} />
        </main>
        <footer className="shell-foot">
          <StatusLine />
          <ProgressLine />
          <UndoBar />
        </footer>
      </div>
      <ConfirmHost />
    </div>
  );
}
