/**
 * A table of honoured persons beside their posts ("王某（女）| 某市民政局副局长"): the post
 * names the person's city, county or home, but a person is no entry, so such rows list
 * nothing the ledger keeps. Two signs together, so a column of short unit names is never
 * mistaken for names of persons: one column of persons' names (two to four characters, a
 * gender mark or the space that pads a two-character name), and beside it a column of posts
 * (read in simplified characters, so a traditional copy is the same table).
 */
import type { Cell } from './table-columns';
import { toKey } from './text-key';
import type { RegionLookup } from './types';

/** A person's name: 2–4 characters, possibly padded ("李　霞"), possibly marked （女）. */
const PERSON = /^[\u4e00-\u9fff](?:[\u3000 ]?[\u4e00-\u9fff]){1,3}(?:[（(][男女][）)])?$/;
/** A sign no unit name carries: a gender mark or a padding space inside the name. */
const PERSON_SIGN = /[（(][男女][）)]$|^[\u4e00-\u9fff][\u3000 ][\u4e00-\u9fff]$/;
/** A post held in a unit, at the end of the cell. */
const POST =
  /(?:局长|厅长|处长|科长|院长|所长|站长|馆长|校长|园长|主任|书记|理事长|会长|秘书长|经理|董事长|队长|调研员|护理员|社工|工作人员|干部|委员)$/;

const share = (values: string[], pred: (v: string) => boolean): number =>
  values.filter(pred).length / Math.max(1, values.length);

export function listsPersons(rows: Cell[][], lookup: RegionLookup): boolean {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const column = (c: number): string[] =>
    rows.map((r) => toKey(r[c]?.text ?? '').trim()).filter((v) => v !== '');
  for (let c = 0; c < width; c++) {
    const names = column(c);
    if (names.length < 2) continue;
    const persons =
      share(names, (v) => PERSON.test(v) && lookup.splitPrefix(v, {}) === null) >= 0.8 &&
      names.some((v) => PERSON_SIGN.test(v));
    if (!persons) continue;
    for (let d = 0; d < width; d++)
      if (d !== c && share(column(d), (v) => POST.test(v)) >= 0.6) return true;
  }
  return false;
}
