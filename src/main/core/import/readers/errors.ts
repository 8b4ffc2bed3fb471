/**
 * ReadErrors shared by several readers, so the same problem reads the same way to the
 * user whichever format brought it, plus the net that turns any stray exception into
 * a ReadError (a reader must never leak a library's English stack to the UI).
 */
import { tooLarge } from '../../../../shared/import-limits';
import { ReadError } from '../source-document';

export function binaryError(): ReadError {
  return new ReadError(
    'binary_file',
    '文件内容不是文字（含有大量二进制或控制字符），可能是图片、压缩包或扩展名被改动过的文件，无法作为文本导入',
  );
}

export function emptyError(): ReadError {
  return new ReadError('empty_file', '文件是空的（没有任何文字内容），无法导入');
}

export function tooLargeError(size: number, max: number): ReadError {
  return new ReadError('file_too_large', tooLarge(size, max));
}

/** Keeps ReadErrors as they are; wraps anything else with a message naming the step. */
export function asReadError(e: unknown, code: string, what: string): ReadError {
  if (e instanceof ReadError) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new ReadError(code, `${what}：文件结构嵌套过深，无法读取`);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new ReadError(code, `${what}（${detail.slice(0, 200)}）`);
}
