/**
 * withOperation is the one way to write: no SQL that changes the ledger outside the write
 * door (src/main/db/write) and the migrations, and every transaction takes the write lock
 * up front (BEGIN IMMEDIATE), so several doors writing at once wait instead of failing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const main = path.join(repoRoot, 'src/main');
const rel = (p: string) => path.relative(repoRoot, p);
const WRITE_SQL = /\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+"?\w+"?\s+SET|DELETE\s+FROM)\b/;
const DOOR = /^src\/main\/db\/(write|migrations)\//;
/**
 * The kept queries' change logs are TEMP tables of one connection (never in the ledger file,
 * gone when the connection closes), so writing them changes nothing to undo: the statements
 * name the log only through the table record-change-log.ts makes (`${log}`, `${log.table}`).
 */
const TEMP_LOG = /(INTO|FROM)\s+\$\{log(\.table)?\}/;

describe('the write door', () => {
  it('holds every statement that changes the ledger', () => {
    const outside = sources(main)
      .filter((p) => !DOOR.test(rel(p)))
      .flatMap((p) =>
        readFileSync(p, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${rel(p)}:${i + 1}` }))
          .filter((l) => WRITE_SQL.test(l.line) && !TEMP_LOG.test(l.line)),
      )
      .map((l) => l.at);
    expect(outside).toEqual([]);
  });

  it("keeps the kept queries' change logs in TEMP tables", () => {
    const text = readFileSync(path.join(main, 'db/queries/record-change-log.ts'), 'utf8');
    expect(text).toContain('const table = `temp.${name}`;');
    expect(text).toContain('`CREATE TEMP TABLE IF NOT EXISTS ${name} (');
    // Case title keys live in the ledger (migration 0017), kept by the write door.
    const kept = readFileSync(path.join(main, 'db/queries/kept-dedupe-rows.ts'), 'utf8');
    expect(kept).toMatch(/const LOG = recordChangeLog\('\w+'/);
    // every trigger writing the log is itself TEMP (gone with the connection)
    expect(kept).not.toMatch(/CREATE TRIGGER/);
  });

  it('opens every transaction IMMEDIATE', () => {
    // As many `.immediate()` as `.transaction(` in each file: a deferred one has none.
    const count = (text: string, re: RegExp) => [...text.matchAll(re)].length;
    const deferred = sources(main)
      .map((p) => ({ p, text: readFileSync(p, 'utf8') }))
      .filter(({ text }) => count(text, /\.transaction\(/g) > count(text, /\.immediate\(\)/g))
      .map(({ p }) => rel(p));
    expect(deferred).toEqual([]);
  });
});
