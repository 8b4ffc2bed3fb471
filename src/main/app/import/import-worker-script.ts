/**
 * Where the import worker's code is. The desktop build ships it as its own bundle beside
 * the main one (out/main/import-worker.js). Run from source (CLI, browser mode, tests),
 * the TypeScript entry is bundled once with esbuild into node_modules/.cache — a plain
 * JavaScript worker, so libraries such as pdf.js load natively and not through the
 * TypeScript loader (which costs them seconds and hundreds of MB).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (): string =>
  typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));

let cached: string | undefined;

export function importWorkerScript(): string {
  if (cached && existsSync(cached)) return cached;
  const bundled = path.join(here(), 'import-worker.js');
  if (existsSync(bundled)) return (cached = bundled);
  const entry = path.join(here(), 'import-worker-entry.ts');
  if (!existsSync(entry)) throw new Error(`import worker not found beside ${here()}`);
  const root = findRoot(here());
  const outDir = path.join(root, 'node_modules', '.cache', 'taizhang');
  mkdirSync(outDir, { recursive: true });
  // Sources unchanged since the last bundle (same paths, sizes, times): reuse it.
  const known = path.join(outDir, `import-worker-src-${sourcesKey(path.join(root, 'src'))}.cjs`);
  if (existsSync(known)) return (cached = known);
  const req = createRequire(path.join(root, 'package.json'));
  const esbuild = req('esbuild') as typeof import('esbuild');
  const built = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    write: false,
    outfile: path.join(outDir, 'import-worker.cjs'),
    logLevel: 'error',
  });
  const code = built.outputFiles[0]!.contents;
  // Named by content: processes running the same sources share one file, none overwrites another's.
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const out = path.join(outDir, `import-worker-${hash}.cjs`);
  for (const target of [out, known]) {
    if (existsSync(target)) continue;
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, target);
  }
  return (cached = out);
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
