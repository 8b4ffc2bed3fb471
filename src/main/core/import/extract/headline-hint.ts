/**
 * A page's <title> carries the site's name after a separator ("…_某某门户网站"): the page's own
 * headline is the hint without it.
 */

/** "…_某某省民政厅门户网站", "… - 中国网", "…|新华网": the site's name after the headline. */
const SITE_SUFFIX = /\s*[_|｜]\s*[^_|｜]{2,30}$|\s+[-—–]\s+[^-—–]{2,20}$/;

/** The page's own headline for a <title> hint: the hint without the site's name. */
export function headlineOfHint(hint: string | undefined): string | null {
  if (!hint) return null;
  let h = hint.trim();
  for (let i = 0; i < 2 && SITE_SUFFIX.test(h); i++) {
    const cut = h.replace(SITE_SUFFIX, '').trim();
    if (cut.length < 6) break;
    h = cut;
  }
  return h.length >= 6 ? h : null;
}
