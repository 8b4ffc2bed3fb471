/**
 * A numbered case printed title first and its unit after it in brackets, as award lists and
 * PDF attachments set them: "1.让…落地生根——首创…（某区民政局）", or over several lines when
 * the title wraps at its subtitle and the unit sits on a line of its own:
 *
 *   1.让邻里互助落地生根
 *   ——首创社区时间银行
 *   （西湖区民政局）
 *
 * The bracket names who did the work, so it is the entry's unit (and its place, when it opens
 * with one); the words before it, subtitle included, are the case's title.
 */
import { readNumbering } from './numbering';
import type { Line } from './text-key';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A line carrying on a title from its subtitle's dash. */
const SUBTITLE = /^(——|－－|--|—)/;
/**
 * A unit after the title's last dash, the way a compilation's contents set it: "临终关爱…
 * ——某区某某服务社". Only a name ending like a unit is one; a subtitle runs on the title.
 */
const DASH_UNIT = /(?:——|－－|--|—)\s*([^—－\-\n]{2,40})$/;
/** A unit in brackets, the whole of the line or the end of the title. */
const BRACKET_END = /[(（]([^()（）\n]{2,40})[)）]\s*$/;
/**
 * The words a unit's name ends with: an organ, an office, a grassroots unit or an organisation.
 * A bracket ending otherwise is a note on the title ("（试行）", "（2016—2018年）").
 */
const UNIT_END =
  /(局|厅|委|委员会|中心|办公室|办|街道|社区|镇|乡|村|居委会|村委会|协会|联合会|促进会|基金会|服务社|服务站|工作站|站|所|院|馆|部|政府|党委|党工委|管委会|公司|集团)$/;

/** A category heading's count in brackets (（12个）, （共5项）), the number captured. */
export const CATEGORY_COUNT =
  /[(（]\s*(?:共\s*)?([0-9]+|[一二三四五六七八九十百两]+)\s*[个项家处]\s*[)）]/;

/** A body of the notice's own place, named by its level alone (市某某中心, 区民政局). */
const OWN_LEVEL = /^[省市县区]/;

export interface BracketedUnit {
  title: string;
  unit: string;
  /** The place the unit opens with; a body of the notice's own place ("市某某中心") as written. */
  regionText: string | null;
  /** The lines below the item it took (the subtitle's, the unit's). */
  lines: Line[];
  /** Where the item ends in the text. */
  end: number;
}

/**
 * The unit the bracket names, or null when the bracket is a note. Several bodies, or a role
 * before one (牵头单位：某局, 某局负责), assign a task in a work plan: no case's unit.
 */
function unitOf(inner: string): string | null {
  const unit = inner.trim();
  if (/[，。；,;、:：\s]|负责|牵头|配合|责任/.test(unit)) return null;
  return UNIT_END.test(toKey(unit)) ? unit : null;
}

/** What names a list of cases or awards above it (a 名单's heading, 一等奖, a call's 案例). */
const CASES_ABOVE = /名单|案例|奖|成果|项目|经验|品牌|工作法/;

/**
 * Whether the lines right above a list's first item say it lists cases: a plan's tasks, each
 * with its responsible body in brackets, sit under a heading of duties instead.
 */
export function casesAbove(lines: readonly Line[], first: number): boolean {
  const above = lines
    .slice(0, first)
    .filter((l) => l.trimmed !== '')
    .slice(-3);
  return above.some((l) => CASES_ABOVE.test(l.trimmed));
}

/**
 * The case's title and bracketed unit, reading on over the item's subtitle lines and a line
 * that is only the bracket; null when no bracket names a unit.
 */
export function bracketedUnit(
  body: string,
  below: readonly Line[],
  lookup: RegionLookup,
  ctx: RegionContext,
): BracketedUnit | null {
  let title = body.trim();
  const taken: Line[] = [];
  for (const l of below) {
    if (!SUBTITLE.test(l.trimmed)) break;
    title += l.raw.trim();
    taken.push(l);
  }
  let unit: string | null = null;
  const next = below[taken.length];
  const alone = next ? /^[(（]([^()（）\n]{2,40})[)）]$/.exec(next.raw.trim()) : null;
  if (alone) {
    unit = unitOf(alone[1] ?? '');
    if (unit && next) taken.push(next);
  } else {
    const m = BRACKET_END.exec(title) ?? DASH_UNIT.exec(title);
    unit = m ? unitOf(m[1] ?? '') : null;
    if (unit && m) title = title.slice(0, m.index).trim();
  }
  if (!unit || title.length < 4) return null;
  const hit = lookup.splitPrefix(unit, ctx);
  const lastLine = taken[taken.length - 1];
  return {
    title,
    unit,
    regionText: hit ? hit.regionText : OWN_LEVEL.test(unit) ? unit : null,
    lines: taken,
    end: lastLine ? lastLine.end : -1,
  };
}

/**
 * Lines numbered 一、二、三… that are cases, not sections: two or more in a row, nothing
 * between them, each a title ending in its unit's bracket (一、擦亮…品牌（某市民政局）), most
 * of the units naming a place, under words that announce cases. A report's sections carry
 * prose between their headings, and a category heading counts its items (一、…类（12个）).
 */
export function bracketedCaseLines(
  lines: readonly Line[],
  consumed: ReadonlySet<number>,
  lookup: RegionLookup,
): Set<number> {
  const out = new Set<number>();
  let run: Line[] = [];
  let placed = 0;
  let last = 0;
  const close = (): void => {
    const first = run[0];
    if (run.length >= 2 && placed * 2 > run.length && first && casesAbove(lines, first.index))
      for (const l of run) out.add(l.index);
    run = [];
    placed = 0;
  };
  for (const line of lines) {
    if (line.trimmed === '') continue;
    const n = consumed.has(line.index) ? null : readNumbering(line.trimmed);
    const body = n ? line.raw.trim().slice(n.length) : '';
    const item =
      n &&
      (n.style === 'cn' || n.style === 'cn_paren') &&
      !CATEGORY_COUNT.test(toKey(body)) &&
      bracketedUnit(body, [], lookup, {});
    if (!item || !n || (run.length > 0 && n.seq !== last + 1)) close();
    if (item && n) {
      run.push(line);
      if (item.regionText) placed++;
      last = n.seq;
    }
  }
  close();
  return out;
}
