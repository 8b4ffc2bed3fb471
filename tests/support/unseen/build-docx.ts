/** Word form of a composed notice: paragraphs, and tables with real vertical/horizontal merges. */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellText, flatBlocks, type CellSpec, type NoticeSpec, type PlainBlock } from './spec';

function cell(c: CellSpec): TableCell {
  const spans =
    typeof c === 'string'
      ? {}
      : { ...(c.rs ? { rowSpan: c.rs } : {}), ...(c.cs ? { columnSpan: c.cs } : {}) };
  // A line break inside a cell is a second paragraph, as Word users type it.
  return new TableCell({
    children: cellText(c)
      .split('\n')
      .map((t) => new Paragraph(t)),
    ...spans,
  });
}

function block(b: PlainBlock, tableWidth: number): (Paragraph | Table)[] {
  if ('p' in b) return [new Paragraph(b.p)];
  if ('h' in b)
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: b.h, bold: true })],
      }),
    ];
  if ('ol' in b) return b.ol.map((t) => new Paragraph(t));
  return [
    new Table({
      width: { size: tableWidth, type: WidthType.PERCENTAGE },
      rows: b.table.map((row) => new TableRow({ children: row.map(cell) })),
    }),
  ];
}

export async function buildDocx(spec: NoticeSpec): Promise<Buffer> {
  const doc = new Document({
    title: spec.title,
    sections: [
      {
        // A running header and page numbers on every page, as a printed notice carries them.
        ...(spec.pageHeader
          ? {
              headers: { default: new Header({ children: [new Paragraph(spec.pageHeader)] }) },
              footers: {
                default: new Footer({
                  children: [
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      children: [
                        new TextRun({
                          children: spec.pageOfTotal
                            ? [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES]
                            : ['— ', PageNumber.CURRENT, ' —'],
                        }),
                      ],
                    }),
                  ],
                }),
              },
            }
          : {}),
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: spec.title, bold: true })],
          }),
          ...flatBlocks(spec.blocks).flatMap((b) => block(b, spec.tableWidth ?? 100)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
