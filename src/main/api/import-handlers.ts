/** Importing notices: files arrive as base64 (same payload over IPC, HTTP and the CLI). */
import type { ValidInput } from '../../shared/contract';
import { importFiles, type ImportFile } from '../app/import/import-notices';
import { watchLedger } from '../db/ledger-watch';
import type { HandlerGroup } from './handler-types';

type WireFile = ValidInput<'import/files'>['files'][number];

const toImportFile = (f: WireFile): ImportFile => ({
  name: f.name,
  bytes: new Uint8Array(Buffer.from(f.dataBase64, 'base64')),
  edits: f.edits,
  exclude: f.exclude,
  joins: f.joins,
  added: f.added,
});

export const importHandlers: HandlerGroup<'import/files'> = {
  'import/files': (input, ctx) => {
    // A batch notices a restore (or a replaced file) that happens while it runs, and stops.
    const watch = watchLedger(ctx.ledger.db, ctx.ledger.file, ctx.ledger.identity);
    return importFiles(ctx.ledger, input.files.map(toImportFile), {
      dryRun: input.dryRun,
      before: input.dryRun ? input.before?.map(toImportFile) : undefined,
      alongside: input.alongside,
      onProgress: ctx.onProgress,
      prepare: ctx.prepareImport,
      beforeWrite: watch.check,
      verifyInTransaction: watch.assertUnchanged,
      stored: input.dryRun ? undefined : ctx.importStored,
      step: input.step === undefined ? undefined : { id: input.step === 'new' ? null : input.step },
    });
  },
};
