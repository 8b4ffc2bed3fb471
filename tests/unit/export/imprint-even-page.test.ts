/**
 * 版记 on an even page (GB/T 9704 §7.4.1): printed two-sided, a list of two or four pages
 * ends on an even page, and the 版记 still sits at the foot of that last page's text block —
 * and nothing else on any page moves for it: every word stands where it stands in the same
 * list exported without a 版记. Rendered by LibreOffice; the pages are written as PNGs to
 * artifacts/exports for a person to look at.
 */
import { describe, expect, it } from 'vitest';
import { buildListDocument } from '../../../src/main/core/export/list-document';
import { manyZones } from '../../fixtures/export/sample-records';
import {
  pagePng,
  pdfWordBoxes,
  renderAll,
  renderUnavailableReason,
  type WordBox,
} from '../../support/render/render-docx';

const unavailable = renderUnavailableReason();
const imprint = { unit: '江苏省民政厅基层政权建设和社区治理处', date: '2026-12-06' };
const mmToPt = (mm: number): number => (mm * 72) / 25.4;
/** The foot of the text block: A4's 297 mm less the 35 mm bottom margin. */
const TEXT_FOOT = mmToPt(297 - 35);
const at = (w: WordBox) => `${w.text}@${Math.round(w.xMin)},${Math.round(w.yMin)}`;

describe.skipIf(unavailable !== null)(
  `版记 on an even last page${unavailable ? ` (${unavailable})` : ''}`,
  () => {
    it('two and four pages: the 版记 at the foot of the last page, every other word unmoved', async () => {
      // 4 zones fill a page and run onto a second; 16 run to a fourth
      const sizes = [4, 16];
      const files = [];
      for (const n of sizes) {
        const options = { kind: 'zone' as const, title: '全国社区治理和服务创新实验区名单' };
        files.push(
          {
            name: `even-${n}-imprint.docx`,
            bytes: await buildListDocument(manyZones(n), { ...options, imprint }),
          },
          { name: `even-${n}-none.docx`, bytes: await buildListDocument(manyZones(n), options) },
        );
      }
      const rendered = renderAll(files);
      for (const [i, n] of sizes.entries()) {
        const withIt = rendered[2 * i]!;
        const without = rendered[2 * i + 1]!;
        expect(withIt.pages, `${n} zones`).toBe(n === 4 ? 2 : 4);
        expect(without.pages).toBe(withIt.pages);
        for (let p = 1; p <= withIt.pages; p++) {
          pagePng(withIt.pdf, p, `even-${n}-imprint-p${p}`);
          const words = pdfWordBoxes(withIt.pdf, p);
          const office = words.find((w) => w.text.includes('江苏省民政厅'));
          if (p < withIt.pages) expect(office, `page ${p}`).toBeUndefined();
          else {
            // the 印发 line's foot within one line (28 pt pitch) above the text block's foot
            expect(office).toBeDefined();
            expect(office!.yMax).toBeLessThanOrEqual(TEXT_FOOT);
            expect(office!.yMax).toBeGreaterThan(TEXT_FOOT - 28);
            expect(words.some((w) => w.text.includes('印发') && w.yMin === office!.yMin)).toBe(
              true,
            );
          }
          // the 印发 line's words (the office, 2026 年 12 月 6 日印发) aside, the page is the same
          const onImprintLine = (w: WordBox) => !!office && Math.abs(w.yMin - office.yMin) < 4;
          const rest = words
            .filter((w) => !onImprintLine(w))
            .map(at)
            .sort();
          const plain = pdfWordBoxes(without.pdf, p).map(at).sort();
          expect(rest, `page ${p} of ${n} zones`).toEqual(plain);
        }
      }
    }, 300_000);
  },
);
