/**
 * Where a worker thread's code is (the import worker, the ledger reader). The desktop build
 * ships each as its own bundle beside the main one (out/main/import-worker.js,
 * out/main/ledger-reader.js). Run from source (CLI, browser mode, tests), the TypeScript entry
 * is bundled once with esbuild into node_modules/.cache — a plain JavaScript worker, so
 * libraries such as pdf.js load natively and not through the TypeScript loader (which costs
 * them seconds and hundreds of MB).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (): string =>
  typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));

const cached = new Map<string, string>();

/** The workers there are: the bundle's name and, from source, the entry under src/main/app. */
const WORKERS = {
  'import-worker': 'import/import-worker-entry.ts',
  'ledger-reader': 'reader/ledger-reader-entry.ts',
} as const;

export const importWorkerScript = (): string => workerScript('import-worker');

export function workerScript(name: keyof typeof WORKERS): string {
  const known = cached.get(name);
  if (known && existsSync(known)) return known;
  const file = locate(name);
  cached.set(name, file);
  return file;
}

function locate(name: keyof typeof WORKERS): string {
  const bundled = path.join(here(), `${name}.js`);
  if (existsSync(bundled)) return bundled;
  const entry = path.join(here(), WORKERS[name]);
  if (!existsSync(entry)) throw new Error(`${name} not found beside ${here()}`);
  const root = findRoot(here());
  const outDir = path.join(root, 'node_modules', '.cache', 'taizhang');
  mkdirSync(outDir, { recursive: true });
  // Sources unchanged since the last bundle (same paths, sizes, times): reuse it.
  const known = path.join(outDir, `${name}-src-${sourcesKey(path.join(root, 'src'))}.cjs`);
  if (existsSync(known)) return known;
  const req = createRequire(path.join(root, 'package.json'));
  const esbuild = req('esbuild') as typeof import('esbuild');
  const built = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    write: false,
    outfile: path.join(outDir, `${name}.cjs`),
    logLevel: 'error',
  });
  const code = built.outputFiles[0]!.contents;
  // Named by content: processes running the same sources share one file, none overwrites another's.
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const out = path.join(outDir, `${name}-${hash}.cjs`);
  for (const target of [out, known]) {
    if (existsSync(target)) continue;
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, target);
  }
  return out;
}

/** A fingerprint of the TypeScript sources: path, size and modification time of each. */
function sourcesKey(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name)) {
        const st = statSync(full);
        h.update(`${full}\0${st.size}\0${st.mtimeMs}\n`);
      }
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 16);
}

/** The folder with package.json and node_modules above the sources. */
function findRoot(start: string): string {
  for (let dir = start, i = 0; i < 8; i++, dir = path.dirname(dir)) {
    try {
      if (
        statSync(path.join(dir, 'node_modules')).isDirectory() &&
        existsSync(path.join(dir, 'package.json'))
      )
        return dir;
    } catch {
      // keep looking upwards
    }
  }
  return process.cwd();
}
