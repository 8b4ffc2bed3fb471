/** The sentence around a place in a notice's key: from the last stop or line end before it to the next. */

const SENTENCE_END = /[。！？!?\n]/;

/** The sentence of `key` around `at`, and where it starts. */
export function sentenceAt(key: string, at: number): { text: string; start: number } {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(key[start - 1]!)) start--;
  let end = at;
  while (end < key.length && !SENTENCE_END.test(key[end]!)) end++;
  return { text: key.slice(start, end), start };
}
