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

/** Real notices run to tens of thousands of characters; far beyond that is not a notice. */
export const MAX_NOTICE_CHARS = 2_000_000;
