/**
 * Fonts and sizes of GB/T 9704 official documents, as Word stores them.
 *
 * Font names are a per-installation setting: offices on Windows with the legacy fonts use
 * 仿宋_GB2312 / 楷体_GB2312, newer Windows ships 仿宋 / 楷体, and 方正小标宋简体 is a commercial
 * Founder font that may be missing (Word then substitutes). So every name can be overridden.
 */
import type { IFontAttributesProperties } from 'docx';

export interface FontNames {
  /** 仿宋: body text, table body. */
  fangsong: string;
  /** 黑体: 附件 label, level-1 headings, table header. */
  heiti: string;
  /** 小标宋: document and attachment titles. */
  xiaobiaosong: string;
  /** 楷体: level-2 headings. */
  kaiti: string;
  /** 宋体: page numbers (the standard asks for half-width 宋体 digits). */
  songti: string;
  /** Latin letters and digits in text; many provincial rules ask for Times New Roman. */
  latin: string;
}

export const DEFAULT_FONTS: FontNames = {
  fangsong: '仿宋_GB2312',
  heiti: '黑体',
  xiaobiaosong: '方正小标宋简体',
  kaiti: '楷体_GB2312',
  songti: '宋体',
  latin: 'Times New Roman',
};

export type FontRole = Exclude<keyof FontNames, 'latin'>;

export function resolveFonts(fonts?: Partial<FontNames>): FontNames {
  return { ...DEFAULT_FONTS, ...fonts };
}

/**
 * The w:rFonts of a run: the Chinese face in eastAsia (what Word uses for CJK characters),
 * the Latin face for ascii/hAnsi/cs, and hint eastAsia so ambiguous-width punctuation
 * (“ ” — ……) renders full-width like the surrounding Chinese.
 */
export function runFont(
  fonts: FontNames,
  role: FontRole,
  latinToo = false,
): IFontAttributesProperties {
  const latin = latinToo ? fonts[role] : fonts.latin;
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: fonts[role], hint: 'eastAsia' };
}

/**
 * Chinese size names (号) in points, Word/WPS convention (the letterpress values differ
 * slightly; Word and WPS use these). docx wants half-points: use `halfPoints()`.
 */
export const HAO = {
  er: 22, // 二号: titles
  xiaoer: 18,
  san: 16, // 三号: body, headings, 附件 label
  xiaosan: 15,
  si: 14, // 四号: page numbers, 版记, table header
  xiaosi: 12, // 小四: dense table body
  wu: 10.5,
} as const;

export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** 1 pt = 20 twips; "one character" of a given size is that many points wide. */
export const charTwips = (pt: number): number => Math.round(pt * 20);
