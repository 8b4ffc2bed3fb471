/** Entry point of `npm run cli -- …`. */
import { INTERRUPTED_MESSAGE, INTERRUPTED_STATUS } from './interrupted';
import { progressLine } from './progress-line';
import { runCli } from './run-cli';

const tty = process.stderr.isTTY;
const toStderr = (s: string) => process.stderr.write(s);

process.once('SIGINT', () => {
  // A progress line may be showing: the message starts at the margin, not after it.
  toStderr(`${tty ? '\r\x1b[2K' : '\n'}${INTERRUPTED_MESSAGE}\n`);
  process.exit(INTERRUPTED_STATUS);
});

runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => toStderr(`${s}\n`),
  progress: tty ? (work) => progressLine(toStderr, work) : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    toStderr(`内部错误：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
