/**
 * The anti-copy junk a forum interleaves with a post's text ("… 附：( N& F7 g: P* N% q5 {+ Z",
 * ". U4 X# k A! K8 ? 某省：…"): runs of one- or two-character ASCII scraps set apart by single
 * spaces, glued before a line's first words or after its last ones, often with a digit or a mark
 * run into the name beside it ("某某区0 ~ G/ A$ v6 _"). Read as text, the scraps cut a label from
 * its line and bury a list's last name. What tells them from real ASCII in a notice (a grade
 * "A、B", a number "No. 3") is their mix: five scraps at least, carrying three different marks,
 * a letter and a digit.
 */

/** Scraps of one or two printable ASCII characters, each followed by one space. */
const SCRAPS = /(?:[!-~]{1,2} ){4,}[!-~]{1,2}/g;
const MARK = /[!-/:-@[-`{-~]/g;

function isJunk(run: string): boolean {
  const scraps = run.split(' ');
  const marks = new Set(run.match(MARK) ?? []);
  return scraps.length >= 5 && marks.size >= 3 && /[A-Za-z]/.test(run) && /[0-9]/.test(run);
}

/**
 * The raw spans of such junk: at a line's start before its text, or at its end after it, with
 * the space that sets it off. Junk in the middle of a sentence is left alone (too like data).
 */
export function forumJunk(raw: string): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  let start = 0;
  for (const line of raw.split('\n')) {
    const body = line.replace(/\s+$/, '');
    for (const m of body.matchAll(SCRAPS)) {
      const from = m.index;
      const to = from + m[0].length;
      if (!isJunk(m[0])) continue;
      const before = body.slice(0, from);
      const after = body.slice(to);
      // At the line's end (after the last words, the space or the glued scrap included), or at
      // its start (before the first words).
      if (after.trim() === '' && /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]\s?$/.test(before)) {
        const gap = /\s$/.test(before) ? 1 : 0;
        out.push({ at: start + from - gap, length: body.length - from + gap });
      } else if (before.trim() === '' && /^ [\u3400-\u9fff]/.test(after)) {
        out.push({ at: start + from, length: m[0].length + 1 });
      }
    }
    start += line.length + 1;
  }
  return out;
}
