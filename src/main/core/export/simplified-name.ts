/**
 * A place or unit as a notice in traditional characters wrote it (兵直二二二團, 密雲縣某鎮),
 * printed in a simplified-character document: the ledger keeps the source's text, but the
 * attachment a leader signs is in simplified characters like the rest of the page, where the
 * gazetteer's standard name is not there to stand in for it (an unresolved unit, a community
 * below the town). Only characters that exist solely in traditional text are changed: one
 * simplified text also uses (乾安县's 乾, 著) is never touched, so a name already simplified
 * prints as it was written.
 */
import * as OpenCC from 'opencc-js';

let toSimplified: ((s: string) => string) | null = null;
let toTraditional: ((s: string) => string) | null = null;
const known = new Map<string, string>();

/** The simplified form of a character only traditional text uses, else the character itself. */
function simplifiedChar(c: string): string {
  const hit = known.get(c);
  if (hit !== undefined) return hit;
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 't' });
  const s = toSimplified(c);
  // Traditional-only: it simplifies, and its simplified form goes back to it alone
  // (縣 → 县 → 縣); 乾 → 干 → 幹 is a character simplified text keeps using.
  const out = s !== c && toTraditional(s) === c ? s : c;
  known.set(c, out);
  return out;
}

export function simplifiedName(text: string): string {
  let out = '';
  for (const c of text) out += /[\u4e00-\u9fff]/.test(c) ? simplifiedChar(c) : c;
  return out;
}
