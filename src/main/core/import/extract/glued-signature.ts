/**
 * A signature a PDF's text runs onto the end of the line above it ("…邮箱:abc@163.com某县农业
 * 农村局2022年3月11日。"): the organ and its whole date close the text, set off from what goes
 * before by what a contact line ends with (an e-mail address or a phone number of seven figures
 * or more), so the organ's name is all the Chinese words there are. A table's last row numbered
 * before a unit and its day ("5 某县民政局 2022年3月11日") glues nothing. A sentence ending in a date
 * ("…由某局2022年3月11日。", "…，经某局2022年3月11日。") runs its words into the organ's and is
 * no signature.
 */
import { isoDate } from './dates';
import { organ } from './issuer';
import type { KeyedText } from './text-key';

const GLUED =
  /(?:[A-Za-z0-9._-]@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|[0-9][0-9-]{5,}[0-9])\s*([\u4e00-\u9fff]{3,30})\s*((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日[。.]?\s*$/;

export interface GluedSignature {
  organ: string;
  issuedOn: string;
}

/** The organ and date glued onto the text's last line, or null. */
export function gluedSignature(doc: KeyedText): GluedSignature | null {
  const last = doc.lines.filter((l) => l.trimmed !== '').pop();
  if (!last) return null;
  const m = GLUED.exec(last.key);
  if (!m?.[1]) return null;
  const at = last.key.lastIndexOf(m[1], m.index + m[0].length);
  const name = organ(last.raw.slice(at, at + m[1].length));
  const iso = isoDate(Number(m[2]), Number(m[3]), Number(m[4]));
  return name && iso ? { organ: name, issuedOn: iso } : null;
}
