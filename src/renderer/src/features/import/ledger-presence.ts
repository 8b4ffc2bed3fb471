/**
 * What an imported file's card says once the ledger moves on: an import taken back by 撤销
 * (the foot's button, Ctrl+Z, or 操作记录) no longer holds its notice, and the card says
 * 已撤销 instead of 已导入; 重做 brings the notice back, and 已导入 with it. Read from the
 * notices the ledger holds (by the file's fingerprint: a redone import is the same file),
 * never from what the page remembers. Pure (tests read it without React).
 */
/** A session file's card as far as this reads it (import-session.ts's SessionFile). */
interface Card {
  stage: string;
  notice: { sha256: string } | null;
}

/** The cards whose import is in the ledger or taken back, with the stage that is true now. */
export function withLedgerPresence<C extends Card>(
  cards: readonly C[],
  held: ReadonlySet<string>,
): C[] {
  return cards.map((c) => {
    if (!c.notice || (c.stage !== 'committed' && c.stage !== 'undone')) return c;
    const stage = held.has(c.notice.sha256) ? 'committed' : 'undone';
    return stage === c.stage ? c : { ...c, stage };
  });
}

/** Whether any card's import could have been taken back or brought back. */
export const hasImported = (cards: readonly Card[]): boolean =>
  cards.some((c) => c.notice && (c.stage === 'committed' || c.stage === 'undone'));
