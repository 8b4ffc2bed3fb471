/**
 * "对该县“长吉乡大头菜产业化建设”和“长吉乡长吉村青少年活动中心”两个竣工…项目进行了验收":
 * projects named in quotation marks, counted after them, each name opening with the township
 * (and village) it was built in, in the county the notice is about ("该县", "我县"). Each is an
 * entry: the township or village its place, the quoted name its title. Quoted names that do
 * not all open with a township, or whose count differs from the names given, are left alone.
 */
import { parseNumber } from './chinese-numerals';
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The county the notice is about, quoted names joined by 、/和, their count and a project noun. */
const COUNTED_QUOTES =
  /(?:该|我|本)(县|区|市|旗)[^。；;“”]{0,6}((?:“[^“”]{4,30}”[、和及与]?){2,})\s*(?:等)?\s*([0-9]+|[一二两三四五六七八九十]+)\s*个[^。；;，,“”]{0,12}?(?:项目|工程)/g;
const QUOTE = /“([^“”]{4,30})”/g;
/** The township a name opens with, and its village if one follows. */
const TOWN_HEAD =
  /^(?:(?![的和及与等在])[\u4e00-\u9fff]){2,5}?(?:镇|乡|街道)(?:(?:(?![的和及与等在])[\u4e00-\u9fff]){1,6}?(?:村|社区))?/;

/**
 * The county "该县" points back to: the nearest name before `at` ending in the same level
 * word that the division list reads whole ("到三穗县验收评审…该县"); null if none.
 */
function namedBefore(
  doc: KeyedText,
  at: number,
  level: string,
  lookup: RegionLookup,
): string | null {
  for (let i = doc.key.lastIndexOf(level, at - 1); i > 0; i = doc.key.lastIndexOf(level, i - 1)) {
    for (let len = 2; len <= 7 && len <= i + 1; len++) {
      const name = doc.text.slice(i + 1 - len, i + 1);
      if (/[^\u4e00-\u9fff]/.test(name)) break;
      if (lookup.splitPrefix(name, {})?.end === len) return name;
    }
  }
  return null;
}

export function detectQuotedProjects(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    for (const m of line.key.matchAll(COUNTED_QUOTES)) {
      const run = m[2]!;
      const runAt = line.start + (m.index ?? 0) + m[0].indexOf(run);
      const quotes = [...run.matchAll(QUOTE)];
      if (quotes.length !== parseNumber(m[3]!)) continue;
      const from = line.start + (m.index ?? 0);
      const county = m[0].startsWith('该') ? namedBefore(doc, from, m[1]!, lookup) : null;
      const items = quotes.map((q) => {
        const name = q[1]!;
        const at = runAt + (q.index ?? 0) + 1;
        const head = TOWN_HEAD.exec(name)?.[0];
        return head
          ? {
              seq: null,
              start: at,
              end: at + name.length,
              regionText: doc.text.slice(at, at + head.length),
              ...(county ? { regionContext: { county } } : {}),
              title: doc.text.slice(at, at + name.length),
              warnings: [],
            }
          : null;
      });
      if (items.some((it) => it === null)) continue;
      const found = items.filter((it) => it !== null);
      lists.push({
        layout: 'sentence',
        items: found,
        start: found[0]!.start,
        end: found[found.length - 1]!.end,
        // The paragraph may go on with a list of another shape: it is left to the others.
        lineIndexes: [],
      });
    }
  }
  return lists;
}
