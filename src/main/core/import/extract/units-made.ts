/**
 * An honour named by what its units are, with no 示范 or 实验 word (文明村镇, 绿色社区,
 * 友好型社区, 特色小镇), is also how a story speaks of making or showing such units: a verb of
 * that work inside the words before the ending (打造老年友好型社区, 展现特色小镇新魅力,
 * 某市打造特色小镇) makes them the units' work, not a conferred list's name. A name the honour's
 * scope word opens (展现全国示范性老年友好型社区…) has had that verb cut before it already.
 */
const BARE_HONOUR = /^(?:文明村镇|绿色社区|友好型社区|特色小城?镇)/;
const MAKING_VERB =
  /打造|建设|建成|展现|展示|彰显|呈现|推动|培育|发展|争创|助力|共建|共创|提升|擦亮|做强|做优|争当/;

/** Whether `name`, read up to `ending`, tells of making or showing such units. */
export function tellsUnitsMade(ending: string, name: string): boolean {
  // The endings hold none of the verbs: the whole name is looked in.
  return BARE_HONOUR.test(ending) && MAKING_VERB.test(name);
}
