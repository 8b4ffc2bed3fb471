/**
 * Renders a Word file the way a reader would see it: LibreOffice (own throw-away profile,
 * fontconfig aliases from resources/fonts.conf so 仿宋_GB2312 & co. get a real CJK face)
 * converts it to PDF, poppler turns page 1 into a PNG and reads text and page counts.
 * Output goes to artifacts/exports/ (gitignored) so a person can look at it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../shared';

export const exportsArtifactsDir = path.join(repoRoot, 'artifacts', 'exports');
const fontsConf = path.join(repoRoot, 'resources', 'fonts.conf');

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Why rendering tests cannot run here, or null when they can. */
export function renderUnavailableReason(): string | null {
  const missing = ['libreoffice', 'pdftoppm', 'pdftotext', 'pdfinfo'].filter((c) => !onPath(c));
  return missing.length
    ? `rendering skipped: ${missing.join(', ')} not installed (apt: libreoffice poppler-utils)`
    : null;
}

const env = (): NodeJS.ProcessEnv => ({ ...process.env, FONTCONFIG_FILE: fontsConf });

export interface Rendered {
  docx: string;
  pdf: string;
  png: string;
  pages: number;
}

/** Writes `<name>.docx`, `<name>.pdf` and `<name>-1.png` (page 1 at 60 dpi) into artifacts/exports. */
export function renderDocx(buffer: Buffer, name: string): Rendered {
  mkdirSync(exportsArtifactsDir, { recursive: true });
  const docx = path.join(exportsArtifactsDir, `${name}.docx`);
  writeFileSync(docx, buffer);
  const profile = mkdtempSync(path.join(tmpdir(), 'taizhang-lo-'));
  try {
    execFileSync(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        exportsArtifactsDir,
        docx,
      ],
      { env: env(), stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(exportsArtifactsDir, `${name}.pdf`);
  const pngBase = path.join(exportsArtifactsDir, name);
  execFileSync(
    'pdftoppm',
    ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, pngBase],
    { env: env() },
  );
  return { docx, pdf, png: `${pngBase}.png`, pages: pdfPageCount(pdf) };
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  return m ? Number(m[1]) : 0;
}

/** Text of one page, layout kept (columns stay on one line). */
export function pdfPageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
}

/** Words of one page with their boxes (points from the top-left), for position checks. */
export function pdfWordBoxes(
  pdf: string,
  page: number,
): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'],
    { encoding: 'utf8' },
  );
  const re =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  const out = [];
  for (let m = re.exec(html); m; m = re.exec(html)) {
    out.push({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5] ?? '',
    });
  }
  return out;
}
