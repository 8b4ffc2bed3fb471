/**
 * Preloaded (`--import`) into a door's process by its tests: every file the process sends its
 * import worker thread is told on stderr as `[worker-file] <name>` (` commit` after it for a
 * commit's, ` drop` for a file the worker is told to let go of), so a test sees which calls read
 * a file again and which took the preview's drafts — without a hook in the door's own code.
 * Plain JavaScript: worker threads inherit the preload, and theirs run without the TypeScript
 * loader.
 */
import { isMainThread, Worker } from 'node:worker_threads';

// only the door's own thread is watched
if (isMainThread) {
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, transfer) {
    const file = message?.file;
    if (typeof file?.name === 'string')
      process.stderr.write(`[worker-file] ${file.name}${file.commit ? ' commit' : ''}\n`);
    const dropped = message?.drop;
    if (typeof dropped?.name === 'string')
      process.stderr.write(`[worker-file] ${dropped.name} drop\n`);
    return post.call(this, message, transfer);
  };
}
