/** Importing notices: files arrive as base64 (same payload over IPC, HTTP and the CLI). */
import { importFiles } from '../app/import/import-notices';
import { watchLedger } from '../db/ledger-watch';
import type { HandlerGroup } from './handler-types';

export const importHandlers: HandlerGroup<'import/files'> = {
  'import/files': (input, ctx) => {
    // A batch notices a restore (or a replaced file) that happens while it runs, and stops.
    const watch = watchLedger(ctx.ledger.db, ctx.ledger.file, ctx.ledger.identity);
    return importFiles(
      ctx.ledger,
      input.files.map((f) => ({
        name: f.name,
        bytes: new Uint8Array(Buffer.from(f.dataBase64, 'base64')),
        edits: f.edits,
        exclude: f.exclude,
        joins: f.joins,
        added: f.added,
      })),
      {
        dryRun: input.dryRun,
        alongside: input.alongside,
        onProgress: ctx.onProgress,
        prepare: ctx.prepareImport,
        beforeWrite: watch.check,
        verifyInTransaction: watch.assertUnchanged,
      },
    );
  },
};
