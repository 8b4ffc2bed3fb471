/** The parts of word-extractor the .doc reader uses (the package ships no types). */
declare module 'word-extractor' {
  export interface ExtractedDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
}

/** The .doc extractor class, extended by doc-rows.ts (one overridden step). */
declare module 'word-extractor/lib/word-ole-extractor' {
  import type { ExtractedDocument } from 'word-extractor';
  export default class WordOleExtractor {
    protected _pieces: unknown[];
    protected _boundaries: unknown;
    writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
    extract(reader: unknown): Promise<ExtractedDocument>;
  }
}

/** The in-memory source the extractor reads from. */
declare module 'word-extractor/lib/buffer-reader' {
  export default class BufferReader {
    constructor(buffer: Buffer);
  }
}
