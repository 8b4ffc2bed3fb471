/**
 * What a reader sees: the attachment rendered by LibreOffice with the CJK font aliases.
 * Page 1 is written to artifacts/exports/ as a PNG for a person to look at.
 */
import { describe, expect, it } from 'vitest';
import { buildApprovalAttachment } from '../../../src/main/core/export/approval-attachment';
import { buildCaseCompilation } from '../../../src/main/core/export/case-compilation';
import { manyZones, sampleZones } from '../../fixtures/export/sample-records';
import {
  pdfPageText,
  pdfWordBoxes,
  renderDocx,
  renderUnavailableReason,
} from '../../support/render/render-docx';

const unavailable = renderUnavailableReason();
const mmToPt = (mm: number): number => (mm * 72) / 25.4;

describe.skipIf(unavailable !== null)(
  `rendering in LibreOffice${unavailable ? ` (${unavailable})` : ''}`,
  () => {
    it('a 40-row attachment runs over pages with the header repeated and "— N —" on the outer edge', async () => {
      const docx = await buildApprovalAttachment(manyZones(40), {
        attachmentNo: 1,
        title: '全国社区治理和服务创新实验区名单',
      });
      const r = renderDocx(docx, 'approval-attachment-40');
      expect(r.pages).toBeGreaterThanOrEqual(2);
      expect(pdfPageText(r.pdf, 2)).toMatch(/序号\s+实验单位\s+实验主题\s+实验内容/);

      const words = pdfWordBoxes(r.pdf, 1);
      const label = words.find((w) => w.text.startsWith('附件'));
      // 附件 flush left on line 1 of the text block (left margin 28 mm, top 37 mm).
      expect(label?.xMin).toBeCloseTo(mmToPt(28), 0);
      expect(label?.yMin ?? 0).toBeLessThan(mmToPt(37) + 16);
      // Title centred on the text block (28 … 184 mm).
      const t = words.find((w) => w.text.includes('全国社区治理'));
      expect(((t?.xMin ?? 0) + (t?.xMax ?? 0)) / 2).toBeCloseTo(mmToPt(28 + 78), -1);
      // Odd page: number right, one 4号 character in from the text block's right edge,
      // its dash about 7 mm below the text block (262 mm from the top).
      const dashes = words.filter((w) => w.text === '—');
      const right = Math.max(...dashes.map((d) => d.xMax));
      expect(right).toBeGreaterThan(mmToPt(184) - 16);
      expect(right).toBeLessThan(mmToPt(184) - 12);
      const mid = ((dashes[0]?.yMin ?? 0) + (dashes[0]?.yMax ?? 0)) / 2;
      expect(Math.abs(mid - mmToPt(269))).toBeLessThan(mmToPt(2));
      // Even page: number on the left.
      const even = pdfWordBoxes(r.pdf, 2).filter((w) => w.text === '—');
      expect(Math.min(...even.map((d) => d.xMin))).toBeLessThan(mmToPt(28) + 20);
    });

    it('renders the case compilation', async () => {
      const r = renderDocx(
        await buildCaseCompilation(sampleZones().slice(0, 6), { title: '典型案例汇编' }),
        'case-compilation',
      );
      expect(r.pages).toBeGreaterThanOrEqual(1);
      expect(pdfPageText(r.pdf, 1)).toContain('一、北京市石景山区');
    });
  },
);
