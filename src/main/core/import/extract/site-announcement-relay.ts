/**
 * A page passing on what an organ announced on its own site ("据文化和旅游部官方网站公告，…",
 * "据某局官网通报，…"): it tells another's announcement, even when it goes on to quote the
 * announcement whole (公告全文) — the page is the relay, not the document, as a story passed on
 * "据某网消息" is (notice-role.ts). The organ's own document cites what it acts on with 根据,
 * never a sentence opening 据…网站公告.
 */
const RELAYED =
  /(?:^|[\n。！？])\s*据[^。，,；;\n]{2,20}?(?:官方网站|官网|网站)(?:发布的?)?(?:公告|通报|通知|消息)[，,:：]/;

/** Whether the page opens a sentence by passing on an organ's announcement from its site. */
export function relaysSiteAnnouncement(key: string): boolean {
  return RELAYED.test(key);
}
