/**
 * The ledger reader thread: a read-only connection of its own to the open ledger, answering the
 * reads that must walk the whole ledger (ledger-reader.ts says which and why). WAL lets it read
 * while the main thread writes: each read sees the ledger as last committed, never a write
 * half done. It never writes — the connection is opened read-only — so the one write path stays
 * on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open-database';
import { homeSummary } from '../../db/queries/home-summary';
import { deadlineGlance } from '../schedule/deadline-glance';
import { deadlineMonth } from '../schedule/deadline-month';
import { deadlinePage } from '../schedule/deadline-page';
import { userError } from '../../core/user-error';
import type { AsideRead } from './ledger-reader';

const { file } = workerData as { file: string };
// The ledger's own pragmas (page cache, the desktop's SQLite binding), read-only.
const db = openDatabase(file, { readonly: true });
// Opened now, schema read: the first page's read pays neither (the thread starts with the app).
db.prepare('SELECT 1 FROM records LIMIT 1').get();

// One read transaction a read: the summary's statements all see the same commit, so an import
// landing between two of them cannot make its tallies disagree with each other. IMMEDIATE like
// every transaction here; on this read-only connection it takes no write lock, the main thread
// commits meanwhile.
const READS: {
  [M in AsideRead['method']]: (input: Extract<AsideRead, { method: M }>['input']) => unknown;
} = {
  'home/summary': () => db.transaction(() => homeSummary(db)).immediate(),
  'deadlines/glance': (input) => db.transaction(() => deadlineGlance({ db }, input)).immediate(),
  'deadlines/page': (input) => db.transaction(() => deadlinePage({ db }, input)).immediate(),
  'deadlines/month': (input) => db.transaction(() => deadlineMonth({ db }, input)).immediate(),
};

type Request = {
  [M in AsideRead['method']]: {
    id: number;
    method: M;
    input: Extract<AsideRead, { method: M }>['input'];
  };
}[AsideRead['method']];

parentPort?.on('message', (req: Request | 'close') => {
  if (req === 'close') {
    db.close();
    parentPort?.close();
    return;
  }
  try {
    const read = READS[req.method] as (input: Request['input']) => unknown;
    parentPort?.postMessage({ id: req.id, value: read(req.input) });
  } catch (e) {
    parentPort?.postMessage({ id: req.id, error: userError(e) });
  }
});
