/**
 * The one message that refuses an edit whose cells cannot be right. The same refusal over
 * many records (a bulk edit or a pasted column of one bad year) is said once with the
 * records it hit, not repeated per record; the reason already names its field, so it is not
 * named twice (…的年度：年度「…」不对).
 */

export interface Refusal {
  /** The record as people know it: 《title》 or its region. */
  record: string;
  /** The field's label (年度, 序号 …). */
  field: string;
  /** normaliseValue's message. */
  reason: string;
}

const NAMED = 3;
const SHOWN = 5;

export function refusalMessage(refusals: readonly Refusal[]): string {
  const groups = new Map<string, string[]>();
  for (const r of refusals) {
    const reason = r.reason.includes(r.field) ? r.reason : `${r.field}：${r.reason}`;
    const records = groups.get(reason) ?? [];
    if (!records.includes(r.record)) records.push(r.record);
    groups.set(reason, records);
  }
  const parts = [...groups].map(([reason, records]) => {
    const named = records.slice(0, NAMED).join('');
    const more = records.length > NAMED ? ` 等 ${records.length} 条记录` : '';
    return `${reason}（${named}${more}）`;
  });
  const more = parts.length > SHOWN ? `（另有 ${parts.length - SHOWN} 处）` : '';
  return `没有保存：${parts.slice(0, SHOWN).join('；')}${more}`;
}
