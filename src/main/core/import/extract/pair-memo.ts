/**
 * Answers kept by a context and a text, for the region lookup's memos: a map of maps, so a
 * question asked again finds its answer without building and hashing a joined key string
 * (the list readers ask the same pieces hundreds of times a notice). Bounded like the memos
 * it replaces: past `limit` answers it starts afresh, which only costs asking again.
 */
export class PairMemo<V> {
  private readonly byContext = new Map<string, Map<string, V>>();
  private count = 0;

  constructor(private readonly limit: number) {}

  /** The kept answer, or undefined (a kept undefined reads the same: keep null instead). */
  get(context: string, text: string): V | undefined {
    return this.byContext.get(context)?.get(text);
  }

  set(context: string, text: string, value: V): void {
    if (this.count > this.limit) {
      this.byContext.clear();
      this.count = 0;
    }
    let texts = this.byContext.get(context);
    if (!texts) this.byContext.set(context, (texts = new Map()));
    if (!texts.has(text)) this.count++;
    texts.set(text, value);
  }
}
