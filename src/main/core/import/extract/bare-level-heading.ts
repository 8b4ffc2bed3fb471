/**
 * A list heading that is only a level word of the notice's programme: "示范区（14个）" under
 * "…示范区示范单位", or the level with its bracket of the levels it covers ("示范县（市、区）名单"
 * under "全国第二批率先基本实现…示范县（市、区）", a heading broken over two lines whose first
 * line holds the name): a part of the notice's programme, not a programme of its own. Unless the
 * notice's title names the level more than once (…示范县（市、区）和…安全示范县（市、区）名单):
 * the notice lists two programmes of that level, and the heading names neither.
 */
const LEVELS_BRACKET = /\((?:[市县区旗镇乡村街道社区嘎查]{1,4}[、,，]?)+\)$/;
const BARE_LEVEL_CHARS = 4;

export function isBareLevel(own: string, notice: string, title: string | null = null): boolean {
  const word = own.replace(LEVELS_BRACKET, '');
  if (word.length === 0 || word.length > BARE_LEVEL_CHARS || !notice.includes(own)) return false;
  const titled = (title ?? '').replace(/（/g, '(').replace(/）/g, ')').split(own).length - 1;
  return titled <= 1;
}

/**
 * "A、B被确定为新疆的两个试点城市": the units' class alone (试点城市, 试点地区, 试点县), counted, names
 * the areas of a pilot and no pilot of its own: under a notice whose programme is a pilot
 * (…试点), that programme. Under any other (a 示范 title) it is left to the other rules.
 */
const PILOT_UNIT_WORD = /^试点(?:城市|地区|市|县|区|省份)$/;

export function isPilotUnitWord(own: string, notice: string): boolean {
  return PILOT_UNIT_WORD.test(own) && /试点$/.test(notice);
}
