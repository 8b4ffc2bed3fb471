/**
 * A component's XML written without packing a document is what docx's packer writes for it
 * in document.xml: escaped text and attributes, dropped control characters, empty and
 * self-closing elements, preserved spaces.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { componentXml, documentContext } from '../../../src/main/core/export/docx-xml';
import { zipPart } from './docx-parts';

const packedBody = async (children: (Paragraph | Table)[]): Promise<string> => {
  const xml = await zipPart(
    await Packer.toBuffer(new Document({ sections: [{ children }] })),
    'word/document.xml',
  );
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
};

describe('a docx component written on its own', () => {
  it('writes the bytes docx packs for text that needs escaping, spaces and empty cells', async () => {
    const paragraph = () =>
      new Paragraph({
        children: [
          new TextRun({ text: '  “老街坊” & <议事会> \'a\' "b"\u0001 ', bold: true }),
          new TextRun(''),
        ],
      });
    const table = () =>
      new Table({
        width: { size: 5000, type: WidthType.DXA },
        columnWidths: [2000, 3000],
        rows: [
          new TableRow({
            children: [new TableCell({ children: [paragraph()], columnSpan: 2 })],
          }),
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph('')] }),
              new TableCell({ children: [new Paragraph('R&D')] }),
            ],
          }),
        ],
      });
    const context = documentContext();
    const own = componentXml(paragraph(), context) + componentXml(table(), context);
    expect(own).toBe(await packedBody([paragraph(), table()]));
    expect(own).toContain('&amp; &lt;议事会&gt; &apos;a&apos; &quot;b&quot; ');
    expect(own).not.toContain('\u0001');
  });
});
