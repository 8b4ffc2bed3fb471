/** Importing notices: files arrive as base64 (same payload over IPC, HTTP and the CLI). */
import { importFiles } from '../app/import/import-notices';
import type { HandlerGroup } from './handler-types';

export const importHandlers: HandlerGroup<'import/files'> = {
  'import/files': (input, ctx) =>
    importFiles(
      ctx.ledger,
      input.files.map((f) => ({
        name: f.name,
        bytes: new Uint8Array(Buffer.from(f.dataBase64, 'base64')),
        edits: f.edits,
        exclude: f.exclude,
      })),
      { dryRun: input.dryRun, onProgress: ctx.onProgress },
    ),
};
