/**
 * 正在加载…: said in the place the answer will fill, while it is read, so a slow pane is never
 * blank nor showing what it held for another record or date.
 */
export function Loading({ what }: { what?: string }) {
  return (
    <p className="loading muted" role="status" aria-live="polite" data-testid="loading">
      正在加载{what ?? ''}…
    </p>
  );
}
