/**
 * Inside one process, calls on a ledger share its one connection. A call that replaces
 * the ledger's contents (restore, whole-ledger import) must run alone: it waits for the
 * calls already running to finish, and calls arriving meanwhile wait for it — so none of
 * them writes into the replacement's transaction or meets a closed connection. Every
 * other call runs as before (many at once). dispatch() puts each call through here.
 */
interface Gate {
  running: number;
  /** The exclusive call running or waiting to run; shared calls queue behind it. */
  exclusive: Promise<void> | null;
  drained: (() => void) | null;
}

const gates = new Map<string, Gate>();

function gateOf(key: string): Gate {
  let g = gates.get(key);
  if (!g) {
    g = { running: 0, exclusive: null, drained: null };
    gates.set(key, g);
  }
  return g;
}

/** Runs `fn` alongside other shared calls, after any exclusive one has finished. */
export async function withSharedAccess<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const g = gateOf(key);
  while (g.exclusive) await g.exclusive.catch(() => undefined);
  g.running++;
  try {
    return await fn();
  } finally {
    g.running--;
    if (g.running === 0) g.drained?.();
  }
}

/** Runs `fn` alone: after the running calls finish, before any call that arrives later. */
export async function withExclusiveAccess<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const g = gateOf(key);
  while (g.exclusive) await g.exclusive.catch(() => undefined);
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  g.exclusive = mine;
  try {
    if (g.running > 0) await new Promise<void>((resolve) => (g.drained = resolve));
    g.drained = null;
    return await fn();
  } finally {
    g.exclusive = null;
    done();
  }
}
