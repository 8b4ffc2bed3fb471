/**
 * A comparison key in simplified characters (實驗區 → 实验区), for matchers that must
 * find a traditional-character notice's places in the simplified gazetteer. Readers never
 * apply it to `text`: the raw text stays exactly as the notice wrote it.
 *
 * The opencc converter loads large dictionaries, so it is built on first use only.
 */
import * as OpenCC from 'opencc-js';

let convert: ((s: string) => string) | undefined;

export function simplifiedKey(text: string): string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert(text);
}
