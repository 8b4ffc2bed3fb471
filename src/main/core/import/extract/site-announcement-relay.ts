/**
 * A page passing on what an organ announced on its own site ("据文化和旅游部官方网站公告，…",
 * "据某局官网通报，…"): it tells another's announcement, even when it goes on to quote the
 * announcement whole (公告全文) — the page is the relay, not the document, as a story passed on
 * "据某网消息" is (notice-role.ts). The organ's own document cites what it acts on with 根据,
 * never a sentence opening 据…网站公告.
 */
const RELAYED =
  /(?:^|[\n。！？])\s*据[^。，,；;\n]{2,20}?(?:官方网站|官网|网站)(?:发布的?)?(?:公告|通报|通知|消息)[，,:：]/;

/** A line addressing the document's recipients (各乡镇（街道）、县直各单位：). */
const ADDRESSED = /(?:^|\n)\s*各[^。\n]{0,60}[：:]\s*(?:\n|$)/;

/**
 * Whether the page opens a sentence by passing on an organ's announcement from its site. A
 * document addressed to its recipients before that sentence is the organ's own, acting on what
 * it read ("各乡镇：\n据市政府官网消息，我县被确认为…。现将有关事项通知如下"), no relay.
 */
export function relaysSiteAnnouncement(key: string): boolean {
  const m = RELAYED.exec(key);
  return !!m && !addressedBefore(key, m.index);
}

/**
 * Whether a line addressing the document's recipients comes before `at`: what follows is then
 * the organ's own document acting on what it cites, whoever announced it and when.
 */
export function addressedBefore(key: string, at: number): boolean {
  return ADDRESSED.test(key.slice(0, at + 1));
}
