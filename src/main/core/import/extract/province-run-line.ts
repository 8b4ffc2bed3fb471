/**
 * A tier of provinces printed as one line of a list ("省级(10个):" over "河北省、江苏省、江西省;"):
 * a national round that names provinces themselves as its units (a reform's pilot provinces,
 * then its cities and counties under their own tier lines). In prose a run of provinces is
 * mostly where something happens (北京、上海、广东等地), so a run of provinces alone is no list
 * (enumeration-acceptance.ts) and a later notice or a story makes no province-level record
 * (stated-provinces.ts); a line holding nothing but two or more provinces, right below a line
 * that announces a list (its colon, …名单, …如下), lists them as units.
 */
import { ANNOUNCES } from './place-lines';
import { provinceAt } from './provinces';

/** What may stand between and after the provinces of such a line. */
const SEPARATOR = /[、，,;；。\s]/;

/** Whether the line of `key` holding offset `at` is two or more provinces and separators only. */
function provincesOnly(key: string, lineStart: number, lineEnd: number): boolean {
  let found = 0;
  let p = lineStart;
  while (p < lineEnd) {
    if (SEPARATOR.test(key[p]!)) {
      p++;
      continue;
    }
    const hit = provinceAt(key, p);
    if (!hit) return false;
    found++;
    p += hit.length;
  }
  return found >= 2;
}

/**
 * A notice's addressees or copies ("主送：", "抄送：" over the provinces): whom it is sent to, not a
 * list of units.
 */
const ADDRESSED = /^(?:主送|抄送|抄报|分送|报送|发送)(?:单位|机关)?[:：]/;

/**
 * The last non-empty line above the line starting at `lineStart` that is not itself provinces
 * only: a tier's provinces may run on over several lines under its one heading.
 */
function headingAbove(key: string, lineStart: number): string {
  let end = lineStart - 1;
  while (end > 0) {
    const start = key.lastIndexOf('\n', end - 1) + 1;
    const line = key.slice(start, end).trim();
    if (line !== '' && !provincesOnly(key, start, end)) return line;
    end = start - 1;
  }
  return '';
}

/**
 * Whether the province written at `at` (a key offset) stands on a line of provinces only, right
 * below a line announcing the list (or below more such lines under it).
 */
export function onAnnouncedProvinceLine(key: string, at: number): boolean {
  const lineStart = key.lastIndexOf('\n', at - 1) + 1;
  const next = key.indexOf('\n', at);
  const lineEnd = next < 0 ? key.length : next;
  if (!provincesOnly(key, lineStart, lineEnd)) return false;
  const heading = headingAbove(key, lineStart);
  return ANNOUNCES.test(heading) && !ADDRESSED.test(heading);
}
