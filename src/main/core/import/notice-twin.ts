/**
 * Whether two files carry the same notice. The same document often arrives twice (a
 * ministry list as Word and as Excel, a news item as web page and PDF), and other bytes
 * hide it from the file hash: by 文号 when it has one, else by title, issuer and date all
 * equal (a news item has no 文号). Titles and issuers are compared modulo spaces,
 * full/half width and traditional script, the ways two files of one text differ.
 */
import { toKey } from './extract/text-key';

/** What of a notice tells it apart from another document. */
export interface NoticeIdentity {
  docNo: string | null;
  title: string | null;
  issuer: string | null;
  issuedOn: string | null;
}

const compact = (s: string | null): string => (s ? toKey(s).replace(/\s+/g, '') : '');

/** The 文号 as compared, or null without one. */
export const docNoKey = (n: Pick<NoticeIdentity, 'docNo'>): string | null =>
  n.docNo?.trim() || null;

/** Title, issuer and date as one key; null unless all three are known. */
export function titleDateIssuerKey(n: NoticeIdentity): string | null {
  const title = compact(n.title);
  const issuer = compact(n.issuer);
  if (!title || !issuer || !n.issuedOn) return null;
  return `${title}\u0000${issuer}\u0000${n.issuedOn}`;
}
