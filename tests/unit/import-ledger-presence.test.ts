/**
 * An imported file's card after 撤销 and 重做: 已撤销 while its notice is out of the ledger,
 * 已导入 again once it is back; cards not imported are left as they are.
 */
import { describe, expect, it } from 'vitest';
import {
  hasImported,
  withLedgerPresence,
} from '../../src/renderer/src/features/import/ledger-presence';

const card = (stage: string, sha: string | null) => ({
  stage,
  notice: sha === null ? null : { sha256: sha },
});

describe('import cards follow the ledger', () => {
  it('an import taken back says 已撤销, and 已导入 once it is redone', () => {
    const cards = [card('committed', 'a'), card('committed', 'b')];
    const undone = withLedgerPresence(cards, new Set(['b']));
    expect(undone.map((c) => c.stage)).toEqual(['undone', 'committed']);
    expect(undone[1]).toBe(cards[1]); // unchanged cards are the same objects
    expect(withLedgerPresence(undone, new Set(['a', 'b'])).map((c) => c.stage)).toEqual([
      'committed',
      'committed',
    ]);
  });

  it('previews, earlier imports and failures are not the ledger’s to change', () => {
    const cards = [card('preview', 'a'), card('already', 'b'), card('failed', null)];
    expect(withLedgerPresence(cards, new Set())).toEqual(cards);
    expect(hasImported(cards)).toBe(false);
    expect(hasImported([...cards, card('undone', 'c')])).toBe(true);
  });
});
