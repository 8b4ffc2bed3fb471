/**
 * A unit as a notice wrote it, for remembering a join a person refused (拆出为新记录, migration
 * 0020). Why the written words and not the resolved codes: the wrong join happened because
 * the codes agreed (a street read as the community it holds, a renamed county), so only what
 * the notice wrote tells the next notice's line of the same shape apart from the record's own.
 * Spaces and the width of letters and digits are the copy's, not the notice's, and do not count.
 */

const squeeze = (v: unknown): string =>
  typeof v === 'string'
    ? v
        .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/\s+/g, '')
    : '';

/** kind, place as written, unit and title, joined: one key per way of writing the unit. */
export function mentionShape(kind: string, extracted: Readonly<Record<string, unknown>>): string {
  return [
    kind,
    squeeze(extracted.regionText),
    squeeze(extracted.unit),
    squeeze(extracted.title),
  ].join('|');
}
