/**
 * The font table (word/fontTable.xml) with substitution information for every face we name.
 * 仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体 are missing on many machines (new Windows ships
 * 仿宋/楷体 under other names; 方正小标宋简体 is a commercial Founder font). Word and WPS then
 * substitute: they read w:altName first, then the PANOSE class, charset (86 = GB2312) and
 * family. Without this entry a missing face may become a sans-serif one; with it, 仿宋_GB2312
 * falls back to 仿宋, 楷体_GB2312 to 楷体, 方正小标宋简体 to 宋体 — serif faces, as a 公文 wants.
 * The PANOSE and family given are those of the intended fallback face, on purpose.
 * (LibreOffice ignores w:altName: on Linux the fontconfig aliases in README do that job.)
 */
import type { FontNames, FontRole } from './fonts';

interface FontEntry {
  altName: string;
  panose: string;
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'auto';
  pitch: 'fixed' | 'variable';
}

/** Windows' own faces of each role (仿宋 FangSong, 黑体 SimHei, …) as substitution targets. */
const CJK: Record<FontRole, FontEntry> = {
  fangsong: {
    altName: '仿宋',
    panose: '02010609060101010101',
    charset: '86',
    family: 'roman',
    pitch: 'fixed',
  },
  kaiti: {
    altName: '楷体',
    panose: '02010609060101010101',
    charset: '86',
    family: 'roman',
    pitch: 'fixed',
  },
  xiaobiaosong: {
    altName: '宋体',
    panose: '02010600030101010101',
    charset: '86',
    family: 'roman',
    pitch: 'variable',
  },
  songti: {
    altName: 'SimSun',
    panose: '02010600030101010101',
    charset: '86',
    family: 'roman',
    pitch: 'variable',
  },
  heiti: {
    altName: 'SimHei',
    panose: '02010609060101010101',
    charset: '86',
    family: 'swiss',
    pitch: 'fixed',
  },
};

/** When the configured name already is the fallback, point at the other spelling. */
const SECOND_NAME: Record<string, string> = {
  仿宋: 'FangSong',
  楷体: 'KaiTi',
  宋体: 'SimSun',
  黑体: 'SimHei',
};

const LATIN: FontEntry = {
  altName: 'Times',
  panose: '02020603050405020304',
  charset: '00',
  family: 'roman',
  pitch: 'variable',
};

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fontXml(name: string, e: FontEntry): string {
  const alt = e.altName === name ? (SECOND_NAME[name] ?? e.altName) : e.altName;
  return (
    `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(alt)}"/>` +
    `<w:panose1 w:val="${e.panose}"/><w:charset w:val="${e.charset}"/>` +
    `<w:family w:val="${e.family}"/><w:pitch w:val="${e.pitch}"/></w:font>`
  );
}

/** The <w:font> entries for the faces of a document, one per distinct name. */
export function fontEntries(fonts: FontNames): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const role of Object.keys(CJK) as FontRole[]) {
    const name = fonts[role];
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(fontXml(name, CJK[role]));
  }
  if (!seen.has(fonts.latin)) out.push(fontXml(fonts.latin, LATIN));
  return out.join('');
}

/** Fills docx's empty <w:fonts/> (or appends to a filled one) with our entries. */
export function withFontEntries(fontTableXml: string, fonts: FontNames): string {
  const entries = fontEntries(fonts);
  if (/<w:fonts\b[^>]*\/>/.test(fontTableXml))
    return fontTableXml.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`);
  return fontTableXml.replace('</w:fonts>', `${entries}</w:fonts>`);
}
