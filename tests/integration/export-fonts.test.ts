/**
 * Font safety as LibreOffice shows it. A Word file names 仿宋_GB2312 / 方正小标宋简体 and, in
 * its font table, the fallbacks Word and WPS use when those are missing. LibreOffice ignores
 * that table: on a Linux machine without the fonts it draws the text in whatever fontconfig
 * offers first — a sans face. With the aliases README tells users to install
 * (resources/fontconfig), 仿宋/宋体/小标宋 text gets a CJK serif face and 黑体 a sans one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildListDocument } from '../../src/main/core/export';
import { composedZones } from '../fixtures/export/composed-ledgers';
import { pdfFonts, renderAll, renderUnavailableReason } from '../support/render/render-docx';

const unavailable = renderUnavailableReason();
const installed = (family: string): boolean => {
  try {
    return execFileSync('fc-list', [`:family=${family}`], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};
const serifCjk = installed('Noto Serif CJK SC');
const realFonts = installed('仿宋_GB2312') || installed('FangSong');
const dir = mkdtempSync(path.join(tmpdir(), 'taizhang-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(unavailable !== null || !serifCjk)(
  `fonts in LibreOffice${unavailable ?? (serifCjk ? '' : ' (skipped: fonts-noto-cjk not installed)')}`,
  async () => {
    const bytes = await buildListDocument(composedZones().slice(0, 6), {
      kind: 'zone',
      title: '全国社区治理和服务创新实验区名单',
    });
    const [withAliases] = renderAll([{ name: 'aliases.docx', bytes }], {
      dir: path.join(dir, 'a'),
    });
    const [without] = renderAll([{ name: 'bare.docx', bytes }], {
      dir: path.join(dir, 'b'),
      aliases: false,
    });

    it('with the aliases: a CJK serif face for 仿宋 and 小标宋, a sans face for 黑体', () => {
      const fonts = pdfFonts(withAliases!.pdf);
      expect(fonts.some((f) => /NotoSerifCJK/.test(f))).toBe(true);
      expect(fonts.some((f) => /NotoSansCJK/.test(f))).toBe(true);
    });

    it.skipIf(realFonts)(
      'without fonts or aliases LibreOffice falls back to sans: why README asks for them',
      () => {
        const fonts = pdfFonts(without!.pdf);
        expect(fonts.some((f) => /SerifCJK/.test(f))).toBe(false);
      },
    );
  },
);
