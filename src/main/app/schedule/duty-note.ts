/**
 * The note a duty closed by a notice carries: what the notice told and which notice, by the
 * name every place gives it (db/queries/notice-name.ts) — an untitled notice by its issuer
 * and date or first line, as the notices list, the history and the undo button name it, not by
 * its file name. The date follows unless the name already ends with it (民政部 2024-05-01).
 */
export function dutyNote(what: string, notice: string | null, on: string | null): string {
  const name = notice ?? '';
  const date = on && !name.endsWith(on) ? `（${on}）` : '';
  return `${what}：《${name}》${date}`;
}
