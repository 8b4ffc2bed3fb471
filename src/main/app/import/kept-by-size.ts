/**
 * Serialized values kept by key, bounded by their bytes, the least recently used going first.
 * The import's caches keep what they hold serialized (node:v8): the bound is the memory
 * really held, and every answer is a fresh copy that no caller can change for the next.
 */
import { deserialize, serialize } from 'node:v8';

export class KeptBySize<V> {
  /** in use order: the first is the least recently used */
  private readonly kept = new Map<string, Buffer>();
  private held = 0;

  constructor(private readonly maxBytes: number) {}

  /** Bytes held now. */
  get bytes(): number {
    return this.held;
  }

  /** A copy of what is kept under `key` (now the most recently used). */
  get(key: string): V | undefined {
    const hit = this.kept.get(key);
    if (!hit) return undefined;
    this.delete(key);
    this.add(key, hit);
    return deserialize(hit) as V;
  }

  /** Keeps a copy of `value`, pushing out the least recently used; one larger than all is not kept. */
  set(key: string, value: V): void {
    this.delete(key);
    const bytes = serialize(value);
    if (bytes.length > this.maxBytes) return;
    for (const [old] of this.kept) {
      if (this.held + bytes.length <= this.maxBytes) break;
      this.delete(old);
    }
    this.add(key, bytes);
  }

  delete(key: string): void {
    this.held -= this.kept.get(key)?.length ?? 0;
    this.kept.delete(key);
  }

  private add(key: string, bytes: Buffer): void {
    this.kept.set(key, bytes);
    this.held += bytes.length;
  }
}
