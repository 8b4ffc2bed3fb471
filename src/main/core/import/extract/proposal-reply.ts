/**
 * An organ's reply to a deputy's proposal or suggestion (提案, 建议, 议案): it greets the deputy
 * (某某委员：, 某某代表：), acknowledges the proposal (…（第0629号提案）收悉) and answers in its own
 * voice (现答复如下), telling what it and its units have done — the organ's own account of its
 * work, not a story about it nor rules of a programme.
 */
import type { KeyedText } from './text-key';

/**
 * The proposal acknowledged: "您提出的《关于…的建议》（第62号提案）收悉". A 建议 is a deputy's only
 * when the deputy is addressed (您) or it bears its number: a subordinate's 建议 answered by its
 * superior ("你局《关于…的建议》收悉…同意…") is a reply to a request, whatever it decides.
 */
const ACKNOWLEDGED = /(?:提案|议案|您[^。；]{0,80}?建议|第[0-9]+号)[^。；]{0,20}?收悉/;
/** The answer announced in the organ's own voice: "现答复如下", "现就有关问题答复如下". */
const ANSWERED = /现(?:就[^。；]{0,20}?)?答复如下/;
/**
 * Words before the acknowledgement on its line that make it reported ("答复称：…", "…作出答复。
 * 您提出的…"): the reply's own line opens on the deputy or on the acknowledgement.
 */
const TOLD_BEFORE = /[。!?“"]|称|表示/;
/** How far into the text the acknowledgement and the answer's opening stand. */
const OPENING_CHARS = 600;

export function answersProposal(doc: KeyedText): boolean {
  const opening = doc.key.slice(0, OPENING_CHARS);
  const acknowledged = ACKNOWLEDGED.exec(opening);
  if (acknowledged === null) return false;
  const lineStart = opening.lastIndexOf('\n', acknowledged.index) + 1;
  if (TOLD_BEFORE.test(opening.slice(lineStart, acknowledged.index))) return false;
  return ANSWERED.test(opening.slice(acknowledged.index));
}
