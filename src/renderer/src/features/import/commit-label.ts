/**
 * The import button's words. While files are analysed or written, the count of previews
 * awaiting commit changes under the reader's eyes (4 chosen, "确认导入 1 份" while the second
 * is analysed; "3 份" while the first is written): the button then says what is under way
 * instead, and the count once it is final. Pure (tests read it without React).
 */
export function commitLabel(waiting: number, busy: { verb: string } | null): string {
  return busy ? `${busy.verb}…` : `确认导入 ${waiting} 份通知`;
}
