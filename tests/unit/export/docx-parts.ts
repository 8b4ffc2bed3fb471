/** Reads parts of a packed .docx/.xlsx (both are zips) for XML assertions. */
import JSZip from 'jszip';

export async function zipPart(file: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const entry = zip.file(part);
  if (!entry) throw new Error(`${part} not in the file`);
  return entry.async('string');
}

export async function zipParts(file: Buffer, prefix: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith(prefix))) {
    out[name] = await (zip.file(name) as JSZip.JSZipObject).async('string');
  }
  return out;
}

/** Visible text of each table row (w:tr) of document.xml, cells joined by "|". */
export function tableRows(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
      .map((tc) => [...tc[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
      .join('|'),
  );
}
