/**
 * LibreOffice conversions of built notices, kept by content in the system's temp folder: a
 * corpus run converts ~150 notices, each in a fresh LibreOffice profile (seconds apiece, far
 * more on a loaded machine), and the same notice gives the same file every time. The key is
 * the built file's parts without docProps/core.xml — the only part that differs between two
 * builds of one notice (its creation time) — the conversion asked and LibreOffice's version.
 * A missing or unreadable entry is converted again; entries are written whole (rename), so two
 * runs at once never read half a file. TAIZHANG_LO_CACHE=0 turns it off.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { convertWithLibreOffice, libreOffice } from '../fixtures/pdf-fixtures';

const CACHE = path.join(tmpdir(), 'taizhang-lo-cache');
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

export async function converted(bytes: Buffer, from: string, to: string): Promise<Buffer> {
  if (process.env.TAIZHANG_LO_CACHE === '0') return convertWithLibreOffice(bytes, from, to);
  const file = path.join(CACHE, `${await keyOf(bytes, from, to)}.${to}`);
  try {
    return readFileSync(file);
  } catch {
    const out = convertWithLibreOffice(bytes, from, to);
    mkdirSync(CACHE, { recursive: true });
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, out);
    renameSync(part, file);
    return out;
  }
}
