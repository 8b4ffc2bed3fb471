/**
 * A programme's name followed by a bracket naming the theme its units try
 * ("城乡社区治理试点单位（五社联动机制创新试点）", "…示范区（智慧养老服务创新试点）"): the bracket
 * is the batch's theme, a category inside the programme, not part of the programme's name. A
 * bracket of levels (示范县（市、区）, 村（社区）) or of the list's companion (示范区（项目）) names
 * no theme and stays, and so does a bracket naming the batch (…优势区（第二批试点）): the batch
 * is read from it after.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';

const THEME_BRACKET = new RegExp(
  String.raw`(?<=[\u4e00-\u9fff]{4})\((?![^()]*(?:第[0-9${CHINESE_NUMERAL_CHARS}]+[批届]|首[批届]))` +
    String.raw`[^()]{2,18}(?:试点|实验区|试验区|示范区|示范点|示范基地|改革)\)$`,
);

export function withoutThemeBracket(phrase: string): string {
  return phrase.replace(THEME_BRACKET, '');
}
