/**
 * A story about one unit whose body says what befell it in a sentence naming it in full
 * ("验收组一致认为：某县某镇基本农田整理项目达到省级验收标准，通过验收。"): that sentence's words
 * after the name are the unit's outcome. Only for a lone write-up: in a compilation of cases a
 * body's verdict may be about a unit other than the heading's.
 */
import { clauseOutcome } from './clause-outcome';
import type { ItemDraft } from './drafts';
import { toKey } from './text-key';

/** The outcome the body (`body`, its text) states for the lone write-up `item`, or null. */
export function writeupOutcome(item: ItemDraft, body: string): ItemDraft['outcome'] | null {
  const name = toKey(`${item.regionText ?? ''}${item.title ?? ''}`).replace(/\s+/g, '');
  if (name.length < 6 || !item.title) return null;
  for (const sentence of toKey(body)
    .replace(/\s+/g, '')
    .split(/[。！？!?]/)) {
    const at = sentence.indexOf(name);
    if (at < 0) continue;
    const outcome = clauseOutcome(sentence.slice(at + name.length));
    if (outcome) return outcome;
  }
  return null;
}
