/**
 * What Ctrl+C says. Without it the CLI vanished mid-batch with nothing printed, and a clerk
 * could not know whether the ledger was half-written. It is not: every change is one
 * transaction that better-sqlite3 runs synchronously, so the signal is handled only between
 * them — whatever finished is kept, the rest was never begun.
 */
export const INTERRUPTED_MESSAGE =
  '已中断（Ctrl+C）。台账的每次修改都在一个事务内完成：已完成的文件和修改已保存，未完成的没有写入任何内容。可用 notices 或 history 命令查看已保存的内容。';

/** The exit status of a process ended by SIGINT, as shells report it (128 + 2). */
export const INTERRUPTED_STATUS = 130;
