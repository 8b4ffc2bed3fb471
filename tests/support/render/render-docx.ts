/**
 * Renders exports the way a reader sees them: LibreOffice (own throw-away profile; the
 * fontconfig aliases users install from resources/fontconfig, so 仿宋_GB2312 & co. get a CJK
 * serif face) converts Word and Excel files to PDF, poppler turns pages into PNGs and reads
 * text, boxes, fonts and page counts. Output goes to artifacts/exports/ (gitignored) so a
 * person can look at it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../shared';

export const exportsArtifactsDir = path.join(repoRoot, 'artifacts', 'exports');
export const gongwenFontAliases = path.join(
  repoRoot,
  'resources',
  'fontconfig',
  '64-gongwen-fonts.conf',
);

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Why rendering tests cannot run here, or null when they can. */
export function renderUnavailableReason(): string | null {
  const missing = ['libreoffice', 'pdftoppm', 'pdftotext', 'pdfinfo', 'pdffonts'].filter(
    (c) => !onPath(c),
  );
  return missing.length
    ? `rendering skipped: ${missing.join(', ')} not installed (apt: libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils)`
    : null;
}

/** Why spreadsheets cannot be rendered here (LibreOffice Calc missing), or null. */
export function sheetRenderUnavailableReason(): string | null {
  const renderer = renderUnavailableReason();
  if (renderer) return renderer;
  const calc = [
    '/usr/lib/libreoffice/program/libsclo.so',
    '/usr/lib64/libreoffice/program/libsclo.so',
  ];
  return calc.some((f) => existsSync(f))
    ? null
    : 'workbook rendering skipped: LibreOffice Calc not installed (apt: libreoffice-calc-nogui)';
}

/** A fontconfig file: the system's, plus (unless told not to) the 公文 font aliases. */
function fontconfigFile(dir: string, aliases: boolean): string {
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      (aliases ? `<include>${gongwenFontAliases}</include>` : '') +
      `</fontconfig>`,
  );
  return file;
}

export interface Rendered {
  file: string;
  pdf: string;
  pages: number;
}

/**
 * Writes each file into the output folder and converts them all in one LibreOffice run
 * (starting LibreOffice is most of the cost). `aliases: false` renders as a machine with
 * neither the fonts nor the aliases would.
 */
export function renderAll(
  files: readonly { name: string; bytes: Buffer }[],
  opts: { aliases?: boolean; dir?: string } = {},
): Rendered[] {
  const outDir = opts.dir ?? exportsArtifactsDir;
  mkdirSync(outDir, { recursive: true });
  const paths = files.map((f) => {
    const p = path.join(outDir, f.name);
    writeFileSync(p, f.bytes);
    return p;
  });
  const tmp = mkdtempSync(path.join(tmpdir(), 'taizhang-lo-'));
  try {
    execFileSync(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(path.join(tmp, 'profile')).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...paths,
      ],
      {
        env: { ...process.env, FONTCONFIG_FILE: fontconfigFile(tmp, opts.aliases ?? true) },
        stdio: 'pipe',
        timeout: 300_000,
      },
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return paths.map((file) => {
    const pdf = file.replace(/\.[^.]+$/, '.pdf');
    return { file, pdf, pages: pdfPageCount(pdf) };
  });
}

/** Writes `<name>.docx`, `<name>.pdf` and `<name>.png` (page 1 at 60 dpi) into artifacts/exports. */
export function renderDocx(buffer: Buffer, name: string): Rendered & { docx: string; png: string } {
  const [r] = renderAll([{ name: `${name}.docx`, bytes: buffer }]);
  if (!r) throw new Error('nothing rendered');
  return { ...r, docx: r.file, png: pagePng(r.pdf, 1, name) };
}

/** Page `page` of a PDF as `<name>.png` at 60 dpi, the size a person looks at. */
export function pagePng(pdf: string, page: number, name: string): string {
  const base = path.join(path.dirname(pdf), name);
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-f',
    `${page}`,
    '-l',
    `${page}`,
    '-singlefile',
    pdf,
    base,
  ]);
  return `${base}.png`;
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

/** The whole text in drawing order (a table cell's lines stay together). */
export function pdfRawText(pdf: string): string {
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
}

/** Names of the fonts a PDF embeds (subset prefixes dropped). */
export function pdfFonts(pdf: string): string[] {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
    .filter(Boolean);
}

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words of one page with their boxes (points from the top-left), for position checks. */
export function pdfWordBoxes(pdf: string, page: number): WordBox[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'],
    { encoding: 'utf8' },
  );
  const re =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  const out: WordBox[] = [];
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

/** Height of one page in points (a workbook mixes landscape and portrait sheets). */
export function pdfPageHeight(pdf: string, page = 1): number {
  const info = execFileSync('pdfinfo', ['-f', `${page}`, '-l', `${page}`, pdf], {
    encoding: 'utf8',
  });
  return Number(/Page\s+\d+ size:\s+[\d.]+ x ([\d.]+)/.exec(info)?.[1] ?? 842);
}

/** Words of a printed page number: "— 3 —" (Word) or "第 3 页，共 9 页" (workbook footer). */
const PAGE_NUMBER = /^(—|\d+|第|页，共|页|第\d+|页，共\d+|\d+页)$/;

/**
 * How far down a page its content reaches, as a share of the page height: the lowest word
 * that is not part of the page number in the footer.
 */
export function pageFill(pdf: string, page: number, height = pdfPageHeight(pdf, page)): number {
  const footerTop = height * 0.88;
  const body = pdfWordBoxes(pdf, page).filter(
    (w) => !(w.yMin > footerTop && PAGE_NUMBER.test(w.text)),
  );
  return body.length ? Math.max(...body.map((w) => w.yMax)) / height : 0;
}
