/**
 * A corpus notice's list re-rendered in the containers other offices use (tests of
 * generalisation): each variant keeps every listed entry, so the notice's gold still holds.
 * A variant returns null when the notice has nothing it changes (no table, no header, no
 * repeated group cell). `<format>` alone is the control: the notice as composed, only
 * re-rendered in that format.
 */
import * as OpenCC from 'opencc-js';
import { buildNotice } from '../unseen';
import { buildCsvText } from '../unseen/build-sheet';
import {
  flatBlocks,
  isSheet,
  type Block,
  type CellSpec,
  type Format,
  type NoticeSpec,
} from '../unseen/spec';
import { htmlWithShape, type HtmlShape } from './html-shapes';
import {
  withGroupMerges,
  withNumberColumn,
  withRepeatedHeader,
  withSpacerColumn,
  withTitleRow,
  withTotalsRow,
} from './table-shapes';

export interface BuiltFile {
  name: string;
  bytes: Uint8Array;
}

export interface Variant {
  name: string;
  /** Needs LibreOffice (pdf, ods). */
  office?: boolean;
  build(id: string, spec: NoticeSpec): Promise<BuiltFile | null>;
}

type TableFn = (rows: CellSpec[][]) => CellSpec[][] | null;

/** Applies fn to every table (inside sheets and layout wrappers too); null when none changed. */
function mapTables(blocks: Block[], fn: TableFn): Block[] | null {
  let changed = false;
  const walk = (bs: Block[]): Block[] =>
    bs.map((b) => {
      if (isSheet(b)) return { ...b, blocks: walk(b.blocks) };
      if ('layout' in b) return { layout: walk(b.layout) };
      if (!('table' in b)) return b;
      const t = fn(b.table);
      if (t === null) return b;
      changed = true;
      return { table: t };
    });
  const out = walk(blocks);
  return changed ? out : null;
}

const hasList = (spec: NoticeSpec): boolean =>
  flatBlocks(spec.blocks).some((b) => 'table' in b || 'ol' in b);

/** The notice as one flow of blocks (Word, PDF and CSV have no sheets). */
const flat = (spec: NoticeSpec): NoticeSpec => ({ ...spec, blocks: flatBlocks(spec.blocks) });

let toTw: ((s: string) => string) | null = null;
/** Traditional notices are converted before re-marking, as buildNotice does. */
function settled(spec: NoticeSpec): NoticeSpec {
  if (!spec.traditional) return spec;
  toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return { ...(JSON.parse(toTw(JSON.stringify(spec))) as NoticeSpec), traditional: false };
}

function tableVariant(name: string, format: Format, fn: TableFn, office = false): Variant {
  return {
    name,
    office,
    build: async (id, spec) => {
      const blocks = mapTables(spec.blocks, fn);
      if (!blocks) return null;
      const base = format === 'xlsx' || format === 'ods' ? spec : flat(spec);
      return buildNotice(id, {
        ...base,
        blocks: format === 'xlsx' || format === 'ods' ? blocks : flatBlocks(blocks),
        format,
        encoding: undefined,
      });
    },
  };
}

function control(format: Format, office = false): Variant {
  return {
    name: format,
    office,
    build: async (id, spec) =>
      hasList(spec)
        ? buildNotice(id, {
            ...(format === 'xlsx' || format === 'ods' || format === 'html' ? spec : flat(spec)),
            format,
            encoding: undefined,
          })
        : null,
  };
}

function htmlVariant(shape: HtmlShape): Variant {
  return {
    name: `html-${shape}`,
    build: async (id, spec) => {
      if (!hasList(spec)) return null;
      const html = htmlWithShape(settled(spec), shape);
      return html === null
        ? null
        : { name: `${id}.html`, bytes: new Uint8Array(Buffer.from(html)) };
    },
  };
}

const DATE_LINE = { p: '填报日期：2023年6月1日' };

function withDateLines(blocks: Block[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (isSheet(b)) return [{ ...b, blocks: withDateLines(b.blocks) }];
    if ('layout' in b) return withDateLines(b.layout);
    return 'table' in b ? [DATE_LINE, b] : [b];
  });
}

/** The list on a second sheet, after a cover sheet with the title and the prose before it. */
function withCoverSheet(spec: NoticeSpec): Block[] {
  if (spec.blocks.some(isSheet))
    return [{ sheet: '封面', title: spec.title, blocks: [{ p: '附件' }] }, ...spec.blocks];
  const blocks = flatBlocks(spec.blocks);
  const first = blocks.findIndex((b) => 'table' in b || 'ol' in b);
  return [
    { sheet: '说明', title: spec.title, blocks: blocks.slice(0, first) },
    { sheet: '名单', blocks: blocks.slice(first) },
  ];
}

/** CSV re-written with another delimiter, each field quoted only where it must be. */
function redelimit(csv: string, sep: string): string {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') field += ch;
  }
  const q = (f: string): string =>
    f.includes(sep) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f;
  return rows.map((r) => r.map(q).join(sep)).join('\r\n') + '\r\n';
}

/** Long cells and header cells broken onto two lines inside the cell (Alt+Enter in Excel). */
const wrapCells: TableFn = (rows) =>
  rows.map((row, r) =>
    row.map((c) => {
      const t = typeof c === 'string' ? c : c.t;
      const long = t.length >= 16 || (r === 0 && t.length >= 4 && !/\d/.test(t));
      if (!long || t.includes('\n')) return c;
      const at = Math.ceil(t.length / 2);
      const wrapped = `${t.slice(0, at)}\n${t.slice(at)}`;
      return typeof c === 'string' ? wrapped : { ...c, t: wrapped };
    }),
  );

function csvVariant(name: string, make: (spec: NoticeSpec) => string | null): Variant {
  return {
    name,
    build: async (id, spec) => {
      const text = hasList(spec) ? make(settled(flat(spec))) : null;
      return text === null
        ? null
        : { name: `${id}.csv`, bytes: new Uint8Array(Buffer.from(text, 'utf8')) };
    },
  };
}

export const VARIANTS: Variant[] = [
  control('txt'),
  control('html'),
  tableVariant('html-rowspan', 'html', withGroupMerges),
  htmlVariant('br'),
  htmlVariant('li'),
  htmlVariant('div'),
  {
    name: 'html-layout',
    build: async (id, spec) =>
      hasList(spec)
        ? buildNotice(id, {
            ...spec,
            format: 'html',
            encoding: undefined,
            blocks: [{ layout: flatBlocks(spec.blocks) }],
          })
        : null,
  },
  htmlVariant('th'),
  htmlVariant('strong'),
  control('docx'),
  tableVariant('docx-repeat-header', 'docx', withRepeatedHeader),
  tableVariant('docx-title-row', 'docx', (rows) => withTitleRow(rows, '附件名单')),
  tableVariant('docx-vmerge', 'docx', withGroupMerges),
  tableVariant('docx-number', 'docx', withNumberColumn),
  tableVariant('docx-spacer', 'docx', withSpacerColumn),
  control('xlsx'),
  {
    name: 'xlsx-cover',
    build: async (id, spec) =>
      hasList(spec)
        ? buildNotice(id, { ...spec, format: 'xlsx', blocks: withCoverSheet(spec) })
        : null,
  },
  {
    name: 'xlsx-header3',
    build: async (id, spec) =>
      hasList(spec)
        ? buildNotice(id, { ...spec, format: 'xlsx', blocks: withDateLines(spec.blocks) })
        : null,
  },
  tableVariant('xlsx-number', 'xlsx', withNumberColumn),
  tableVariant('xlsx-totals', 'xlsx', withTotalsRow),
  tableVariant('xlsx-spacer', 'xlsx', withSpacerColumn),
  {
    name: 'ods-cover',
    office: true,
    build: async (id, spec) =>
      hasList(spec)
        ? buildNotice(id, { ...spec, format: 'ods', blocks: withCoverSheet(spec) })
        : null,
  },
  control('csv'),
  csvVariant('csv-bom', (s) => '\uFEFF' + buildCsvText(s)),
  csvVariant('csv-semicolon', (s) => redelimit(buildCsvText(s), ';')),
  csvVariant('csv-tab', (s) => redelimit(buildCsvText(s), '\t')),
  csvVariant('csv-newline', (s) => {
    const blocks = mapTables(s.blocks, wrapCells);
    return blocks ? buildCsvText({ ...s, blocks }) : null;
  }),
  {
    name: 'csv-gb18030',
    build: async (id, spec) =>
      hasList(spec) ? buildNotice(id, { ...flat(spec), format: 'csv', encoding: 'gb18030' }) : null,
  },
  control('pdf', true),
  {
    name: 'pdf-wrap',
    office: true,
    build: async (id, spec) =>
      mapTables(spec.blocks, (r) => r)
        ? buildNotice(id, { ...flat(spec), format: 'pdf', encoding: undefined, tableWidth: 45 })
        : null,
  },
  {
    name: 'pdf-header',
    office: true,
    build: async (id, spec) =>
      hasList(spec)
        ? buildNotice(id, {
            ...flat(spec),
            format: 'pdf',
            encoding: undefined,
            pageHeader: '民政局文件',
          })
        : null,
  },
];
