/**
 * 文号 (document numbers): 民函〔2019〕41号 in any bracket variant (〔〕 [] () 【】 ［］ ﹝﹞),
 * normalised to 〔〕 while the raw form is kept. A 文号 whose organ prefix cannot belong
 * to the issuer (OCR damage: 美办函 for 民政部办公厅, which writes 民办函) is flagged.
 */
import { provinceAt } from './provinces';
import { toKey } from './text-key';

const OPEN = '〔\\[(（【［﹝{';
const CLOSE = '〕\\])）】］﹞}';
export const DOC_NO_PATTERN = new RegExp(
  `([\\u4e00-\\u9fff]{1,10})\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*(第?\\s*\\d{1,5}\\s*号)`,
  'g',
);

export interface DocNumber {
  raw: string;
  normalised: string;
  prefix: string;
  /** Null for a numbered announcement (某部公告第432号): its numbers run on with no year. */
  year: number | null;
  index: number;
  /** Written without its closing bracket ("〔201641"): kept as written, to be checked. */
  damaged?: boolean;
}

/**
 * A 文号 as web pages and scans damage it: without its 号 ("湖委发〔2018〕20") or without its
 * closing bracket ("和政发〔201641"). Its prefix must end in a document-type word (发, 函…).
 */
const DAMAGED_DOC_NO = new RegExp(
  `([\\u4e00-\\u9fff]{0,8}(?:办函|办发|函|发|字))\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*(?:[${CLOSE}]\\s*(\\d{1,5})(?![\\d号])|(\\d{1,5})(?![\\d${CLOSE}号]))`,
  'g',
);

function damagedDocNumbers(key: string, raw: string, taken: DocNumber[]): DocNumber[] {
  const out: DocNumber[] = [];
  for (const m of key.matchAll(DAMAGED_DOC_NO)) {
    const index = m.index ?? 0;
    if (taken.some((d) => Math.abs(d.index - index) < 12)) continue;
    const prefix = m[1] ?? '';
    const closed = m[3] !== undefined;
    out.push({
      raw: raw.slice(index, index + m[0].length),
      normalised: `${raw.slice(index, index + prefix.length)}〔${m[2] ?? ''}${closed ? `〕${m[3]}` : (m[4] ?? '')}`,
      prefix,
      year: Number(m[2]),
      index,
      ...(closed ? {} : { damaged: true }),
    });
  }
  return out;
}

/**
 * A numbered announcement (民政部公告第432号): an organ's 公告 numbered in one run over the years,
 * the number its 文号. Only an organ's name before 公告 (no 的, 据, 《 or prose).
 */
const ANNOUNCEMENT = /([\u4e00-\u9fff]{2,12}?公告)\s*第\s*(\d{1,5})\s*号/g;

function announcementNumbers(key: string, raw: string): DocNumber[] {
  return [...key.matchAll(ANNOUNCEMENT)]
    .filter((m) => !/[的据照和及]/.test(m[1] ?? ''))
    .map((m) => {
      const index = m.index ?? 0;
      const prefix = m[1] ?? '';
      return {
        raw: raw.slice(index, index + m[0].length),
        normalised: `${raw.slice(index, index + prefix.length)}第${m[2] ?? ''}号`,
        prefix,
        year: null,
        index,
      };
    });
}

/** Document-type words that close the prefix (发, 函, 办函…), not part of the organ abbreviation. */
const TYPE_TAIL = /(办函|办发|函|发|字|通|复|请|报|规|令|电)$/;

export function findDocNumbers(key: string, raw: string): DocNumber[] {
  const out: DocNumber[] = [];
  for (const m of key.matchAll(DOC_NO_PATTERN)) {
    const index = m.index ?? 0;
    let prefix = m[1] ?? '';
    // Prose before the prefix ("根据民函") is cut at the last function word.
    const cutAt = Math.max(
      prefix.lastIndexOf('的'),
      prefix.lastIndexOf('据'),
      prefix.lastIndexOf('照'),
    );
    const skip = cutAt >= 0 ? cutAt + 1 : 0;
    prefix = prefix.slice(skip);
    if (prefix === '') continue;
    const start = index + skip;
    const rawText = raw.slice(start, index + m[0].length);
    const num = (m[3] ?? '').replace(/\s+/g, '');
    out.push({
      raw: rawText,
      normalised: `${raw.slice(start, start + prefix.length)}〔${m[2] ?? ''}〕${num}`,
      prefix,
      year: Number(m[2]),
      index: start,
    });
  }
  return [...out, ...damagedDocNumbers(key, raw, out), ...announcementNumbers(key, raw)].sort(
    (a, b) => a.index - b.index,
  );
}

/** Lead characters a 文号 issued by `issuer` may start with; null when we cannot tell. */
export function expectedLeads(issuer: string): { leads: string[]; example: string } | null {
  const key = toKey(issuer).replace(/\s+/g, '');
  if (/^民政部办公厅/.test(key)) return { leads: ['民'], example: '民办函' };
  if (/^民政部/.test(key)) return { leads: ['民'], example: '民函/民发' };
  if (/^国务院办公厅/.test(key)) return { leads: ['国'], example: '国办发' };
  if (/^国务院/.test(key)) return { leads: ['国'], example: '国发' };
  const province = provinceAt(key);
  if (province && /^[^市县区]*(厅|委|政府|办公厅|局)/.test(key.slice(province.length))) {
    const leads = [...province.info.abbr, province.info.short.slice(0, 1)];
    return { leads, example: `${province.info.abbr[0] ?? ''}民发` };
  }
  return null;
}

/** Why this 文号 cannot belong to the issuer, or null when it may. */
export function docNoSuspicion(doc: DocNumber, issuer: string | null): string | null {
  if (!issuer) return null;
  const expected = expectedLeads(issuer);
  if (!expected) return null;
  const organ = doc.prefix.replace(TYPE_TAIL, '') || doc.prefix;
  if (expected.leads.some((lead) => organ.startsWith(lead))) return null;
  const lead = organ.slice(0, 1);
  const guess = `${expected.leads[0] ?? ''}${doc.prefix.slice(1)}`;
  return `文号前缀“${lead}”与发文机关“${issuer}”不符（应为${guess}）`;
}
