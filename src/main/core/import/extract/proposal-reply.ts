/**
 * An organ's reply to a deputy's proposal or suggestion (提案, 建议, 议案): it greets the deputy
 * (某某委员：, 某某代表：), acknowledges the proposal (…（第0629号提案）收悉) and answers in its own
 * voice (现答复如下), telling what it and its units have done — the organ's own account of its
 * work, not a story about it nor rules of a programme.
 */
import type { KeyedText } from './text-key';

/** The proposal acknowledged: "您提出的《关于…的建议》（第62号提案）收悉". */
const ACKNOWLEDGED = /(?:提案|建议|议案)[^。；]{0,20}?收悉/;
/** The answer announced in the organ's own voice: "现答复如下", "现就有关问题答复如下". */
const ANSWERED = /现(?:就[^。；]{0,20}?)?答复如下/;
/** How far into the text the acknowledgement and the answer's opening stand. */
const OPENING_CHARS = 600;

export function answersProposal(doc: KeyedText): boolean {
  const opening = doc.key.slice(0, OPENING_CHARS);
  const acknowledged = ACKNOWLEDGED.exec(opening);
  return acknowledged !== null && ANSWERED.test(opening.slice(acknowledged.index));
}
