import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { keepingNativeBuiltins } from '../../../src/main/core/import/readers/native-builtins';
import { manyPagePdf } from '../../support/fixtures/hostile-files';

// The engine's own, taken before any PDF is read in this process (a test file runs in a fresh
// one). core-js makes its replacements print as `[native code]`, so only identity tells.
const NATIVE = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
const natives = () => ({
  push: Array.prototype.push,
  stringify: JSON.stringify,
  parse: JSON.parse,
});

describe('reading a PDF keeps the thread’s built-ins native', () => {
  it('leaves push, JSON.stringify and JSON.parse the engine’s own after a PDF is read', async () => {
    // pdf.js's legacy build and its worker module replace these with core-js versions on
    // load (push ~4× slower): every later notice's extraction paid for it.
    const doc = await readNotice('notice.pdf', new Uint8Array(manyPagePdf(1)));
    expect(doc.text).toContain('Changan District');
    expect(natives()).toEqual(NATIVE);
    // and the second document, read by the worker module loaded with the library
    const again = await readNotice('again.pdf', new Uint8Array(manyPagePdf(1)));
    expect(again.text).toContain('Changan District');
    expect(natives()).toEqual(NATIVE);
  });

  it('puts back only what a load replaced, and does so when the load fails', async () => {
    const push = Array.prototype.push;
    const stringify = JSON.stringify;
    const replaced = function (this: unknown[], ...items: unknown[]) {
      return push.apply(this, items);
    };
    await expect(
      keepingNativeBuiltins(async () => {
        Array.prototype.push = replaced;
        throw new Error('load failed');
      }),
    ).rejects.toThrow('load failed');
    expect(Array.prototype.push).toBe(push);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.enumerable).toBe(false);
    expect(JSON.stringify).toBe(stringify);
    expect(await keepingNativeBuiltins(async () => 7)).toBe(7);
  });
});
