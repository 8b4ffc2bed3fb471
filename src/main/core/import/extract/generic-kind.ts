/**
 * A pilot's or a demonstration's generic kind of unit (试点, 试点单位, 示范点, 示范县…) standing
 * alone where a programme's name was looked for ("再开展试点", "各有一处被取消试点", "这13家试点
 * 单位"): the units' kind, which names no programme.
 */
const GENERIC_KIND = /^(?:试点|示范)(?:单位|点|区|县|市|村|社区|基地)?$/;

export function onlyGenericKind(words: string): boolean {
  return GENERIC_KIND.test(words);
}
