/**
 * A search term in both scripts. Records keep the region and unit as the notice wrote them,
 * so a traditional-character notice's 農八師一二一團 sits beside simplified records; a clerk
 * types simplified (一二一团) and must find it, and the other way round. The term is
 * matched as written, in simplified, and in the traditional forms mainland, Taiwan and
 * Hong Kong notices use (they differ in a few characters: 裡/裏, 著/着).
 *
 * The converters load large dictionaries, so each is built on first use only.
 */
import * as OpenCC from 'opencc-js';

type Convert = OpenCC.ConverterFunction;
const built = new Map<string, Convert>();

function converter(from: string, to: string): Convert {
  const key = `${from}>${to}`;
  let c = built.get(key);
  if (!c) built.set(key, (c = OpenCC.Converter({ from, to })));
  return c;
}

/** Plain ASCII (codes, digits, Latin) has no other script: the term alone. */
const HAN = /[\u3400-\u9fff]/u;

/** The distinct forms of `term` to search for, the term itself first. */
export function scriptVariants(term: string): string[] {
  if (!HAN.test(term)) return [term];
  // One simplified-to-traditional pass (its phrase dictionary is the large one); the
  // Taiwan and Hong Kong forms are small variant tables applied to its result.
  const traditional = converter('cn', 't')(term);
  const forms = [
    term,
    converter('t', 'cn')(term),
    traditional,
    converter('t', 'tw')(traditional),
    converter('t', 'hk')(traditional),
  ];
  return [...new Set(forms)];
}
