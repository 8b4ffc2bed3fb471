/**
 * The text rewrites of the series perturbation harness, one family each: how a real
 * follow-up notice names the same units, cases, batch and programme differently from the
 * notice that confirmed them. Each takes a text and a seeded random source and returns the
 * text rewritten; none changes which entities the text names.
 */
import { namesOf, oldNameOn, validOn, writtenOnce, type UnitNames } from './perturb-names';

export type Random = () => number;

const pick = <T>(xs: readonly T[], rnd: Random): T | undefined =>
  xs.length ? xs[Math.floor(rnd() * xs.length)] : undefined;

export function shuffle<T>(xs: readonly T[], rnd: Random): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** What the harness knows of one expected record. */
export interface SeriesEntity {
  kind: string;
  code: string;
  region: string;
  acceptCodes?: string[];
  title: string;
  programme: string;
}

interface UnitForm {
  /** The text as written: prefix + name. */
  text: string;
  /** The prefix written before the name ('' when bare). */
  prefix: string;
  name: string;
  names: UnitNames;
}

/** Every way the series' units may stand written in full text on `day`, longest first. */
export function unitForms(entities: readonly SeriesEntity[], day: string): UnitForm[] {
  const all: UnitForm[] = [];
  const seen = new Set<string>();
  const bareCount = new Map<string, number>();
  const per = entities.flatMap((e) => {
    const n = namesOf(e.code, e.region, e.acceptCodes);
    return n && !seen.has(n.own + n.city) ? (seen.add(n.own + n.city), [n]) : [];
  });
  for (const n of per) bareCount.set(n.own, (bareCount.get(n.own) ?? 0) + 1);
  for (const n of per) {
    const names = [n.own, ...n.others.filter((o) => validOn(o, day)).map((o) => o.name)];
    for (const name of names) {
      const prefixes = new Set([
        n.province + n.city,
        n.province,
        n.city,
        ...(n.cityShort ? [n.cityShort] : []),
      ]);
      if (name.length >= 3 && bareCount.get(n.own) === 1 && writtenOnce(name)) prefixes.add('');
      for (const p of prefixes)
        if (p !== name) all.push({ text: p + name, prefix: p, name, names: n });
    }
  }
  return all.sort((a, b) => b.text.length - a.text.length);
}

/** After a unit's name, words that make it an office (民政局) rather than the unit itself. */
const OFFICE_AFTER = /^(?:民政|人民政府|政府|委员会|党委|区委|县委|市委|融媒体)/;

/** Rewrites each unit found in `text` with `rewrite` (null keeps it). */
export function rewriteUnits(
  text: string,
  forms: readonly UnitForm[],
  rewrite: (f: UnitForm) => string | null,
): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const f = forms.find((x) => text.startsWith(x.text, i));
    if (!f || OFFICE_AFTER.test(text.slice(i + f.text.length))) {
      out += text[i];
      i++;
      continue;
    }
    out += rewrite(f) ?? f.text;
    i += f.text.length;
  }
  return out;
}

/**
 * The unit written short: 德清 for 德清县 where it stood bare or under its city, or city
 * short + county short (湖州德清). Only short forms no other unit is written as.
 */
export function shortUnit(f: UnitForm, rnd: Random): string | null {
  const short = f.names.own === f.name ? f.names.short[0] : undefined;
  if (!short) return null;
  const { cityShort, city } = f.names;
  const ways = [
    ...(f.prefix === '' || f.prefix === city || !cityShort ? [short] : []),
    ...(cityShort && cityShort !== short ? [cityShort + short] : []),
  ];
  return pick(ways, rnd) ?? null;
}

/** The unit with its province and city before it, or bare where the bare name is safe. */
export function prefixedUnit(f: UnitForm, rnd: Random, bareSafe: boolean): string | null {
  const n = f.names;
  const ways = [n.province + n.city + f.name, ...(bareSafe ? [f.name] : [])].filter(
    (w) => w !== f.text,
  );
  return pick(ways, rnd) ?? null;
}

/** The name the unit bore before a rename, where the notice's day still allows it. */
export function oldUnit(f: UnitForm, day: string, rnd: Random): string | null {
  const old = f.names.others.filter((o) => oldNameOn(o, day)).map((o) => o.name);
  const name = pick(old, rnd);
  return name ? f.prefix + name : null;
}

const OPEN = '《“"';
const CLOSE = '》”"';

/** A case's title written with 《》, “” or no marks at all. */
export function requoteTitles(text: string, titles: readonly string[], rnd: Random): string {
  let out = text;
  for (const t of titles) {
    if (t.length < 6) continue;
    let at = out.indexOf(t);
    while (at >= 0) {
      const quoted = OPEN.includes(out[at - 1] ?? '') && CLOSE.includes(out[at + t.length] ?? '');
      const start = quoted ? at - 1 : at;
      const end = at + t.length + (quoted ? 1 : 0);
      const now = out.slice(start, end);
      const way = pick(
        [`《${t}》`, ...(/[“”"]/.test(t) ? [] : [`“${t}”`]), t].filter((w) => w !== now),
        rnd,
      )!;
      out = out.slice(0, start) + way + out.slice(end);
      at = out.indexOf(t, start + way.length);
    }
  }
  return out;
}

/**
 * A case's unit and title in another layout: "单位：题目" ↔ "《题目》（单位）" ↔ "题目——单位".
 * Only a unit written right before or after its own title moves.
 */
export function relayoutCases(
  text: string,
  cases: readonly { title: string; units: readonly string[] }[],
  rnd: Random,
): string {
  let out = text;
  for (const c of cases) {
    if (c.title.length < 6) continue;
    const t = c.title;
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const units = c.units.map(esc).join('|');
    const title = `[《“]?${esc(t)}[》”]?`;
    const before = new RegExp(`(${units})[：:]\\s*${title}|(${units})\\s*[《“]${esc(t)}[》”]`);
    const after = new RegExp(`${title}(?:（(${units})）|——(${units}))`);
    const m = before.exec(out) ?? after.exec(out);
    if (!m) continue;
    const unit = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const now = m[0];
    const way = pick(
      [`${unit}：${t}`, `《${t}》（${unit}）`, `${t}——${unit}`, `${unit}《${t}》`].filter(
        (w) => w !== now,
      ),
      rnd,
    )!;
    out = out.slice(0, m.index) + way + out.slice(m.index + now.length);
  }
  return out;
}

const DIGITS = '〇一二三四五六七八九十';

/** The batch cited another way: 第二批 ↔ 第2批, 第一批 ↔ 首批. */
export function recitedBatch(text: string, rnd: Random): string {
  return text
    .replace(/第([一二三四五六七八九十])批/g, (all, d: string) => {
      const n = DIGITS.indexOf(d);
      const ways = [`第${n}批`, ...(n === 1 ? ['首批'] : [])];
      return pick(ways, rnd) ?? all;
    })
    .replace(/第(\d)批/g, (_, d: string) => `第${DIGITS[Number(d)]}批`)
    .replace(/(^|[^第])首批/g, (_, b: string) => `${b}${rnd() < 0.5 ? '第一批' : '第1批'}`);
}

/**
 * The programme named short, as follow-ups do: its "和服务创新" part or its 创新 dropped
 * (全国社区治理和服务创新实验区 → 全国社区治理实验区), or its scope left off.
 */
export function shortProgrammes(text: string, programmes: readonly string[], rnd: Random): string {
  let out = text;
  for (const p of programmes) {
    const core = p.replace(/^(?:全国|全省|全市|[\u4e00-\u9fa5]{2,7}?[省市](?!场))/, '');
    if (core.length < 5) continue;
    const dropped = core.replace(/和[\u4e00-\u9fa5]{1,3}?创新/, '');
    const shorter = [
      dropped !== core ? dropped : core.replace(/创新(?=[\u4e00-\u9fa5]{2,4}$)/, ''),
    ].filter((s) => s !== core && s.length >= 4);
    if (!shorter.length) continue;
    out = out.replace(new RegExp(core, 'g'), () => pick(shorter, rnd)!);
  }
  return out;
}

/**
 * Items listed in another order: a list "A、B、C、D" keeps its first and last items (which
 * carry the sentence around them) and shuffles the rest.
 */
export function reorderedList(text: string, rnd: Random): string {
  return text.replace(
    /(?:[^，。：；、,;:\s“”"《》]{2,30}、){3,}[^，。：；、,;:\s“”"《》]{2,30}/g,
    (run) => {
      const items = run.split('、');
      const middle = shuffle(items.slice(1, -1), rnd);
      return [items[0], ...middle, items.at(-1)].join('、');
    },
  );
}
