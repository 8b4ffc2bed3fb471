/**
 * A news item whose source line names an organ's website (来源：民政部网站, 来源:某市政府网站): the
 * item's outlet is that site as the page writes it, not the organ, as a news item's issuer is the
 * outlet the page names. An organ's own document posted on its site is still issued by the organ.
 */
import { SOURCE } from './issuer';
import { toKey, type KeyedText } from './text-key';

const SITE_WORD = /(?:门户网站|官方网站|网站)$/;

/** The site a source line names for `organ` ("民政部网站" for 民政部), as written, or null. */
export function organSiteSource(doc: KeyedText, organ: string | null): string | null {
  if (!organ) return null;
  const want = toKey(organ);
  for (const line of doc.lines) {
    const m = SOURCE.exec(line.key);
    const name = m?.[1]?.replace(/(作者|编辑|责任编辑).*$/, '');
    if (!name || !SITE_WORD.test(name) || name.replace(SITE_WORD, '') !== want) continue;
    const at = line.key.indexOf(name, m!.index);
    return line.raw.slice(at, at + name.length);
  }
  return null;
}
