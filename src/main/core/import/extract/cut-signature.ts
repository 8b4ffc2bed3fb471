/**
 * A signature the page cut short, its organ's last characters lost ("中共中山市委宣传" over
 * "2020年3月11日"): the organ the text spells out in full elsewhere, starting with those words
 * ("受理单位：中共中山市委宣传部"), signs it (the corpus README: an organ written short is labelled in
 * full where the text spells it out). Only a line set right above its date, and only a full name
 * at most two characters longer: a shorter line or a different organ is no cut of it.
 */
import { organ } from './issuer';
import type { KeyedText } from './text-key';

const DATE_ONLY =
  /^(?:\d{4}|[〇零一二三四五六七八九○]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$/;
/** The least a cut signature keeps to be matched against the text's full names. */
const MIN_CHARS = 5;

export function cutSignature(doc: KeyedText, bodyLine: number): string | null {
  const lines = doc.lines.filter((l) => l.trimmed !== '' && l.index > bodyLine);
  for (let i = 1; i < lines.length; i++) {
    if (!DATE_ONLY.test(lines[i]!.trimmed.replace(/\s+/g, ''))) continue;
    const cut = lines[i - 1]!.trimmed;
    if (cut.length < MIN_CHARS || cut.length > 30 || !/^[\u4e00-\u9fff]+$/.test(cut)) continue;
    if (organ(cut) !== null) return null;
    const full = fullName(doc, cut, lines[i - 1]!.index);
    if (full) return full;
  }
  return null;
}

/** The organ the text names elsewhere whose name the cut line begins, one or two characters on. */
function fullName(doc: KeyedText, cut: string, at: number): string | null {
  for (const line of doc.lines) {
    if (line.index === at) continue;
    for (let from = line.key.indexOf(cut); from >= 0; from = line.key.indexOf(cut, from + 1))
      for (const more of [1, 2]) {
        const name = line.key.slice(from, from + cut.length + more);
        if (name.length !== cut.length + more || organ(name) !== name) continue;
        // As the page writes it, where its key keeps the characters' places.
        return line.raw.length === line.key.length
          ? line.raw.slice(from, from + name.length)
          : name;
      }
  }
  return null;
}
