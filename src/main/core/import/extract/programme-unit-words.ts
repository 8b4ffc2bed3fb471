/**
 * Words in a programme phrase that speak of the units, not of the programme. A naming counts
 * its units with their levels before the title it confers ("命名某市等8个县(市、区)城乡…示范县"):
 * the count and its levels are no part of the name. A list of units still building toward a
 * title calls them by that title's creating word ("第二批…示范创建县": counties creating toward
 * …示范县, named after acceptance): the programme is the title, so a later naming joins them.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';

/** A count of units and their levels in brackets opening a phrase ("8个县(市、区)"). */
const COUNTED_LEVELS = new RegExp(
  `^[0-9${CHINESE_NUMERAL_CHARS}]+个(?:县|市|区|乡镇|镇|村)[(（][县市区旗、]+[)）](?=[\\u4e00-\\u9fff]{4})`,
);

/** The phrase without a count of units and their levels at its head. */
export function withoutCountedLevels(phrase: string): string {
  return phrase.replace(COUNTED_LEVELS, '');
}

/** A demonstration title's creating units ("…示范创建县", "…示范创建城市"). */
const CREATING_UNITS = /示范创建(县|市|区|旗|城市)$/;

/** The title the creating units build toward, or the name itself. */
export function titleCreatedToward(name: string): string {
  return name.replace(CREATING_UNITS, '示范$1');
}
