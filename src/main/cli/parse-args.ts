/**
 * Parses the command line into a command, its positionals and options. Unknown options
 * are a usage error (exit 2), never silently ignored.
 */
import { parseArgs } from 'node:util';

export interface CliArgs {
  command: string | undefined;
  positionals: string[];
  db?: string;
  json: boolean;
  help: boolean;
  dryRun: boolean;
  kind?: string;
  asOf?: string;
  withinDays?: string;
  out?: string;
  programme?: string;
  context?: string;
  /** `api --list` */
  list: boolean;
  /** `history --limit N` */
  limit?: string;
  /** `undo --to <编号>` */
  to?: string;
  /** Export document options (see export-options.ts). */
  year?: string;
  title?: string;
  label?: string;
  unit?: string;
  date?: string;
  columns?: string;
  layout?: string;
  contents: boolean;
  omitMissing: boolean;
  omitRevoked: boolean;
  byProgramme: boolean;
  oneTable: boolean;
  printMasked: boolean;
  includeDone: boolean;
}

export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        'dry-run': { type: 'boolean', default: false },
        kind: { type: 'string' },
        'as-of': { type: 'string' },
        'within-days': { type: 'string' },
        out: { type: 'string' },
        programme: { type: 'string' },
        context: { type: 'string' },
        list: { type: 'boolean', default: false },
        limit: { type: 'string' },
        to: { type: 'string' },
        year: { type: 'string' },
        title: { type: 'string' },
        label: { type: 'string' },
        unit: { type: 'string' },
        date: { type: 'string' },
        columns: { type: 'string' },
        layout: { type: 'string' },
        contents: { type: 'boolean', default: false },
        'omit-missing': { type: 'boolean', default: false },
        'omit-revoked': { type: 'boolean', default: false },
        'by-programme': { type: 'boolean', default: false },
        'one-table': { type: 'boolean', default: false },
        'print-masked': { type: 'boolean', default: false },
        'include-done': { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(`用法错误：${e instanceof Error ? e.message : String(e)}`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  return {
    command,
    positionals: rest,
    db: values.db,
    json: values.json ?? false,
    help: values.help ?? false,
    dryRun: values['dry-run'] ?? false,
    kind: values.kind,
    asOf: values['as-of'],
    withinDays: values['within-days'],
    out: values.out,
    programme: values.programme,
    context: values.context,
    list: values.list ?? false,
    limit: values.limit,
    to: values.to,
    year: values.year,
    title: values.title,
    label: values.label,
    unit: values.unit,
    date: values.date,
    columns: values.columns,
    layout: values.layout,
    contents: values.contents ?? false,
    omitMissing: values['omit-missing'] ?? false,
    omitRevoked: values['omit-revoked'] ?? false,
    byProgramme: values['by-programme'] ?? false,
    oneTable: values['one-table'] ?? false,
    printMasked: values['print-masked'] ?? false,
    includeDone: values['include-done'] ?? false,
  };
}
