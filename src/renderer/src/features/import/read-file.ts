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

/**
 * What a file's card says when the browser could not read it (moved or deleted since it was
 * chosen, held by another program, on a drive no longer there): what happened, that the ledger
 * was not touched, and what to do. The browser's own words (NotReadableError) say nothing to staff.
 */
export const unreadable = (name: string) =>
  `${name}：无法读取这个文件（可能已被移动、删除，或正被其他程序占用），台账未改动。请关闭占用它的程序或找到文件的新位置，移除这一项后重新选择该文件。`;
