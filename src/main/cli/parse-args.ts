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
  };
}
