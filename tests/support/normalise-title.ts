/** Titles compare "modulo punctuation width and spacing": full/half width folded, spaces gone, quotes unified. */
export const normaliseTitle = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’']/g, "'");
