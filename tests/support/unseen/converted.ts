/**
 * LibreOffice conversions of built notices, kept by content in the system's temp folder: a
 * corpus run converts ~150 notices, each in a fresh LibreOffice profile (seconds apiece, far
 * more on a loaded machine), and the same notice gives the same file every time. The key is
 * the built file's parts without docProps/core.xml — the only part that differs between two
 * builds of one notice (its creation time) — the conversion asked and LibreOffice's version.
 * A missing or unreadable entry is converted again; entries are written whole (rename), so two
 * runs at once never read half a file. TAIZHANG_LO_CACHE=0 turns it off.
 *
 * `convertAhead` fills the store for many files with one LibreOffice start per conversion kind
 * (its start, not the conversion, is most of the time), so a run's first pass is minutes, not
 * an hour.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { convertWithLibreOffice, libreOffice } from '../fixtures/pdf-fixtures';

const CACHE = path.join(tmpdir(), 'taizhang-lo-cache');
const off = () => process.env.TAIZHANG_LO_CACHE === '0';
let version: string | null = null;

async function keyOf(bytes: Buffer, from: string, to: string): Promise<string> {
  version ??= libreOffice
    ? spawnSync(libreOffice, ['--version'], { encoding: 'utf8' }).stdout.trim()
    : '';
  const hash = createHash('sha256').update(`${version}\n${from}→${to}\n`);
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).sort()) {
    if (name === 'docProps/core.xml') continue;
    hash.update(`${name}\n`).update(await zip.files[name]!.async('nodebuffer'));
  }
  return hash.digest('hex');
}

function keep(file: string, out: Buffer): void {
  mkdirSync(CACHE, { recursive: true });
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, out);
  renameSync(part, file);
}

export async function converted(bytes: Buffer, from: string, to: string): Promise<Buffer> {
  if (off()) return convertWithLibreOffice(bytes, from, to);
  const file = path.join(CACHE, `${await keyOf(bytes, from, to)}.${to}`);
  try {
    return readFileSync(file);
  } catch {
    const out = convertWithLibreOffice(bytes, from, to);
    keep(file, out);
    return out;
  }
}

export interface Conversion {
  bytes: Buffer;
  from: string;
  to: string;
}

/** How many files one LibreOffice start converts: a failed start costs no more than these. */
const BATCH = 40;

/**
 * Converts every file not yet kept, a batch of the same kind per LibreOffice start. A file the
 * batch did not give (LibreOffice failed on it, or the batch timed out) is left to `converted`,
 * which converts it alone.
 */
export async function convertAhead(files: readonly Conversion[]): Promise<void> {
  if (off() || !libreOffice) return;
  const byKind = new Map<string, { key: string; bytes: Buffer }[]>();
  for (const f of files) {
    const key = await keyOf(f.bytes, f.from, f.to);
    if (existsSync(path.join(CACHE, `${key}.${f.to}`))) continue;
    const kind = `${f.from}>${f.to}`;
    if (!byKind.get(kind)?.some((x) => x.key === key))
      byKind.set(kind, [...(byKind.get(kind) ?? []), { key, bytes: f.bytes }]);
  }
  for (const [kind, all] of byKind) {
    const [from, to] = kind.split('>') as [string, string];
    for (let i = 0; i < all.length; i += BATCH) {
      const dir = mkdtempSync(path.join(tmpdir(), 'taizhang-lo-'));
      try {
        const inputs = all.slice(i, i + BATCH).map(({ key, bytes }) => {
          const input = path.join(dir, `${key}.${from}`);
          writeFileSync(input, bytes);
          return input;
        });
        const profile = pathToFileURL(path.join(dir, 'profile')).href;
        const args = ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', to];
        try {
          execFileSync(libreOffice, [...args, '--outdir', path.join(dir, 'out'), ...inputs], {
            stdio: 'ignore',
            timeout: 600_000,
          });
        } catch {
          // Whatever the batch gave is kept below; the rest is converted one by one later.
        }
        for (const { key } of all.slice(i, i + BATCH)) {
          const out = path.join(dir, 'out', `${key}.${to}`);
          if (existsSync(out)) keep(path.join(CACHE, `${key}.${to}`), readFileSync(out));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}
