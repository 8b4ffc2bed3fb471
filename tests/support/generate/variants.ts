/**
 * How the same record is written differently in two notices (labelled duplicates), each a
 * pure function of the base text so tests can check a variant is what its label claims.
 * A function returns null when it does not apply (no 街道 to expand, no former name…).
 */
import type { Rng } from './prng';
import type { PoolCounty, PoolPlace } from './regions';

export const DUPLICATE_HOWS = [
  'punctuation',
  'spacing',
  'truncated',
  'street-office',
  'province-omitted',
  'renamed',
] as const;
export type DuplicateHow = (typeof DUPLICATE_HOWS)[number];

export interface Written {
  regionText: string;
  title: string;
}

export interface VariantInput extends Written {
  county: PoolCounty;
  town: string | null;
}

export function regionTextOf(place: PoolPlace, town: string | null): string {
  return `${place.province}${place.city ?? ''}${place.county}${town ?? ''}`;
}

const TO_HALF: Record<string, string> = {
  '“': '"',
  '”': '"',
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
};
const TO_FULL: Record<string, string> = { '+': '＋', '(': '（', ')': '）' };

/** Full-width punctuation to ASCII and ASCII digits/signs to full width: what OCR and WPS do. */
export function swapWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (TO_HALF[ch]) out += TO_HALF[ch];
    else if (TO_FULL[ch]) out += TO_FULL[ch];
    else if (code >= 0x30 && code <= 0x39) out += String.fromCharCode(code + 0xfee0);
    else out += ch;
  }
  return out;
}

function punctuation(_r: Rng, b: VariantInput): Written | null {
  const title = swapWidth(b.title);
  return title === b.title ? null : { regionText: b.regionText, title };
}

/** A space (ASCII or ideographic) after the province or city, and maybe inside the title. */
function spacing(r: Rng, b: VariantInput): Written | null {
  const cut = b.county.city
    ? b.county.province.length + b.county.city.length
    : b.county.province.length;
  const space = r.pick([' ', '\u3000', '  ']);
  const regionText = `${b.regionText.slice(0, cut)}${space}${b.regionText.slice(cut)}`;
  const at = r.int(2, Math.max(2, b.title.length - 2));
  const title = r.chance(0.5) ? `${b.title.slice(0, at)} ${b.title.slice(at)}` : `${b.title} `;
  return { regionText, title };
}

/** Cut at 60–80 % of the title, as a notice cut off mid-title (seed 000 item 18). */
function truncated(r: Rng, b: VariantInput): Written | null {
  const chars = [...b.title];
  const lo = Math.max(4, Math.ceil(chars.length * 0.6));
  const hi = Math.floor(chars.length * 0.8);
  if (lo > hi) return null;
  return { regionText: b.regionText, title: chars.slice(0, r.int(lo, hi)).join('') };
}

function streetOffice(_r: Rng, b: VariantInput): Written | null {
  if (!b.town?.endsWith('街道') || b.town.includes('办事处')) return null;
  return { regionText: `${b.regionText}办事处`, title: b.title };
}

function provinceOmitted(_r: Rng, b: VariantInput): Written | null {
  const rest = b.regionText.slice(b.county.province.length);
  if (!b.regionText.startsWith(b.county.province) || rest.length < 2) return null;
  return { regionText: rest, title: b.title };
}

/** The county under a name it had before (江干区 for today's 上城区). County level only:
 * a town under the old name may never have belonged to it. */
function renamed(r: Rng, b: VariantInput): Written | null {
  if (b.town !== null || b.county.formerly.length === 0) return null;
  return { regionText: regionTextOf(r.pick(b.county.formerly), null), title: b.title };
}

const MAKERS: Record<DuplicateHow, (r: Rng, b: VariantInput) => Written | null> = {
  punctuation,
  spacing,
  truncated,
  'street-office': streetOffice,
  'province-omitted': provinceOmitted,
  renamed,
};

/** The applicable variant kinds for this base, rarest first so they are not crowded out. */
export function applicableVariants(b: VariantInput): DuplicateHow[] {
  const order: DuplicateHow[] = [
    'renamed',
    'street-office',
    'punctuation',
    'truncated',
    'province-omitted',
    'spacing',
  ];
  return order.filter((how) => {
    if (how === 'renamed') return b.town === null && b.county.formerly.length > 0;
    if (how === 'street-office') return !!b.town?.endsWith('街道') && !b.town.includes('办事处');
    if (how === 'punctuation') return swapWidth(b.title) !== b.title;
    return true;
  });
}

export function makeVariant(r: Rng, how: DuplicateHow, b: VariantInput): Written | null {
  return MAKERS[how](r, b);
}
