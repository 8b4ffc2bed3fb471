/**
 * pdf.js's legacy build (the one that runs in Node) carries core-js polyfills that, when the
 * module loads, replace `Array.prototype.push`, `JSON.stringify` and `JSON.parse` for the whole
 * thread with JavaScript versions: core-js checks for proposals and edge cases (a push past the
 * largest array length, raw JSON, the source text a reviver sees) that nothing here uses. After
 * the first PDF every push of the reading thread ran ~4× slower — the extraction of every later
 * notice, whatever its format. The natives are put back once the module has loaded; what the
 * polyfills add beside them (new methods no code here calls) stays.
 */
const natives = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
] as const;

/** Runs `load` (a module import) and puts back the built-ins it replaced. */
export async function keepingNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const kept = natives.map(([owner, name]) => Object.getOwnPropertyDescriptor(owner, name));
  try {
    return await load();
  } finally {
    natives.forEach(([owner, name], i) => {
      const own = kept[i];
      if (own && Object.getOwnPropertyDescriptor(owner, name)?.value !== own.value)
        Object.defineProperty(owner, name, own);
    });
  }
}
