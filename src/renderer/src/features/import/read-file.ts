/** A dropped or chosen file → base64, the payload every door accepts. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // btoa takes a binary string; build it in chunks so big files do not blow the stack.
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Largest file the importer reads; checked here too so people hear at once. */
export { MAX_IMPORT_FILE_BYTES as MAX_FILE_BYTES } from '../../../../shared/import-limits';
