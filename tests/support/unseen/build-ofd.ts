/**
 * An OFD file (GB/T 33190) with the layout of a real one: the notice is laid out as a PDF
 * first (LibreOffice), then every positioned text run of each page becomes an OFD
 * TextObject (Boundary in mm with y growing downwards, Size, TextCode with its baseline and
 * DeltaX advances), the way OFD converters write a page.
 */
import JSZip from 'jszip';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const MM = 25.4 / 72;
const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const n = (v: number): string => String(Math.round(v * 1000) / 1000);

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

async function pdfRuns(pdf: Uint8Array): Promise<{ width: number; height: number; runs: Run[] }[]> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { pdfjsAssetDirs } = await import('../../../src/main/core/import/readers/pdf-reader');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    ...pdfjsAssetDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , w = 595, h = 842] = page.view;
    const runs: Run[] = [];
    for (const it of (await page.getTextContent()).items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      const [, , c = 0, d = 0, x = 0, y = 0] = it.transform as number[];
      const size = Math.hypot(c, d) || it.height;
      runs.push({ str: it.str, x: x * MM, y: (h - y) * MM, width: it.width * MM, size: size * MM });
    }
    pages.push({ width: w * MM, height: h * MM, runs });
  }
  await doc.destroy();
  return pages;
}

/** Advances shared out by glyph class: a CJK glyph takes a full em, Latin and digits half. */
function advances(run: Run): number[] {
  const chars = [...run.str];
  const weights = chars.map((ch) => ((ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return weights.slice(0, -1).map((w) => (w / total) * run.width);
}

function pageXml(runs: Run[], firstId: number): string {
  const objects = runs.map((r, i) => {
    const dx = advances(r);
    const box = `${n(r.x)} ${n(r.y - r.size)} ${n(Math.max(r.width, r.size))} ${n(r.size * 1.2)}`;
    return (
      `<ofd:TextObject ID="${firstId + i}" Boundary="${box}" Font="2" Size="${n(r.size)}">` +
      '<ofd:FillColor Value="0 0 0"/>' +
      `<ofd:TextCode X="0" Y="${n(r.size)}"${dx.length ? ` DeltaX="${dx.map(n).join(' ')}"` : ''}>${esc(r.str)}</ofd:TextCode>` +
      '</ofd:TextObject>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">' +
    `<ofd:Content><ofd:Layer ID="${firstId - 1}">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`
  );
}

export async function pdfToOfd(pdf: Uint8Array, title: string): Promise<Buffer> {
  const pages = await pdfRuns(pdf);
  const zip = new JSZip();
  zip.file(
    'OFD.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD">' +
      `<ofd:DocBody><ofd:DocInfo><ofd:DocID>6a1f0c2e9b3d4f5a</ofd:DocID><ofd:Title>${esc(title)}</ofd:Title>` +
      '<ofd:Creator>OFD Writer</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
  );
  const [first] = pages;
  let id = 10;
  const entries = pages.map((p, i) => {
    zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, pageXml(p.runs, id + 1));
    const entry = `<ofd:Page ID="${id}" BaseLoc="Pages/Page_${i}/Content.xml"/>`;
    id += p.runs.length + 2;
    return entry;
  });
  zip.file(
    'Doc_0/Document.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">' +
      `<ofd:CommonData><ofd:MaxUnitID>${id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${n(first?.width ?? 210)} ${n(first?.height ?? 297)}</ofd:PhysicalBox></ofd:PageArea>` +
      '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>' +
      `<ofd:Pages>${entries.join('')}</ofd:Pages></ofd:Document>`,
  );
  zip.file(
    'Doc_0/PublicRes.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res">' +
      '<ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
