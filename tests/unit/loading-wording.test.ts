/**
 * One word for waiting: every page says 正在加载… while its answer is read (the Loading
 * component's wording). Pages said 正在读取… and 正在加载… side by side, and a clerk could not
 * tell whether they meant different things.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../support/shared';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(tsx?|html)$/.test(e.name) ? [p] : [];
  });
}

it('the renderer says 正在加载…, never 正在读取…', () => {
  const files = sources(path.join(repoRoot, 'src', 'renderer'));
  expect(files.length).toBeGreaterThan(20);
  const said = files.filter((f) => readFileSync(f, 'utf8').includes('正在读取'));
  expect(said.map((f) => path.relative(repoRoot, f))).toEqual([]);
  expect(
    readFileSync(path.join(repoRoot, 'src/renderer/src/components/Loading.tsx'), 'utf8'),
  ).toContain('正在加载');
});
