/**
 * Invariants every SourceDocument must satisfy whatever reader made it: blocks are in
 * order, inside `text`, a paragraph is one line and a table's slice of `text` is exactly
 * its rows joined by TAB and newline (provenance offsets depend on it).
 */
import { expect } from 'vitest';
import { ReadError, type SourceDocument } from '../../../src/main/core/import/source-document';

export function expectConsistent(doc: SourceDocument): void {
  let last = 0;
  for (const b of doc.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(last);
    expect(b.end).toBeGreaterThanOrEqual(b.start);
    expect(b.end).toBeLessThanOrEqual(doc.text.length);
    const slice = doc.text.slice(b.start, b.end);
    if (b.type === 'paragraph') expect(slice).not.toContain('\n');
    else expect(slice).toBe(b.rows.map((r) => r.join('\t')).join('\n'));
    last = b.end;
  }
}

/** Awaits a rejection and returns it as a ReadError (failing if it is anything else). */
export async function readError(p: Promise<unknown>): Promise<ReadError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return e as ReadError;
  }
  throw new Error('expected a ReadError, but the read succeeded');
}
