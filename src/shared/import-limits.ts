/**
 * How big a notice may be, said once for every door: the page refuses a larger file at
 * once, the CLI before reading it, the contract before decoding it, the readers before
 * parsing it.
 */

/** Largest notice file read (bytes). Real notices are far smaller; this stops a wrong file early. */
export const MAX_IMPORT_FILE_BYTES = 60 * 1024 * 1024;

/**
 * What the contract accepts as one file's base64 (the form files travel in over IPC and
 * HTTP): twice the file limit, so a file a little too large still reaches the reader,
 * whose refusal names the file; anything far larger is refused before it is decoded.
 */
export const MAX_IMPORT_FILE_BASE64 = Math.ceil((MAX_IMPORT_FILE_BYTES * 2) / 3) * 4;

/**
 * How many of a session's confirmations a news item's preview may have written first
 * (contract `before`): each is read and written again in every such preview's rolled-back
 * transaction, so past this the page says the preview was made without them.
 */
export const MAX_PREVIEW_BEFORE_FILES = 200;

/** The most files one import call carries (the page sends a click's files in as few as it can). */
export const MAX_IMPORT_CALL_FILES = 200;

/** Real notices run to tens of thousands of characters; far beyond that is not a notice. */
export const MAX_NOTICE_CHARS = 2_000_000;

/**
 * A plain-text file (.txt, .csv, .tsv) this large holds more than MAX_NOTICE_CHARS whatever
 * its encoding (four bytes a character at most): it is refused before it travels or is
 * decoded. A 47 MB text otherwise crossed to the importer and was decoded before its length
 * refused it, most of a minute on a busy machine.
 */
export const MAX_PLAIN_TEXT_BYTES = MAX_NOTICE_CHARS * 4;

const PLAIN_TEXT_NAME = /\.(?:txt|text|csv|tsv)$/i;

const mb = (n: number): string => (n / 1048576).toFixed(1);

/** The refusal of a plain-text file over MAX_PLAIN_TEXT_BYTES. */
export function plainTextTooLarge(size: number): string {
  return `纯文本文件有 ${mb(size)} MB，正文必然远超一份通知的篇幅（上限 ${MAX_NOTICE_CHARS / 10000} 万字），未导入。请确认文件是否选错，或拆分后再导入`;
}

/** The refusal of a file over `max` bytes (the 60 MB limit, or a caller's own). */
export function tooLarge(size: number, max: number): string {
  return `文件太大（${mb(size)} MB，上限为 ${mb(max)} MB），请拆分后再导入`;
}

/**
 * Why a file is refused by its name and size alone, before anything reads it (every door
 * asks, so the message is the same wherever the file came in); null when it may be read.
 */
export function refusedBySize(name: string, size: number): string | null {
  if (size > MAX_IMPORT_FILE_BYTES) return tooLarge(size, MAX_IMPORT_FILE_BYTES);
  if (PLAIN_TEXT_NAME.test(name) && size > MAX_PLAIN_TEXT_BYTES) return plainTextTooLarge(size);
  return null;
}
