/**
 * Pinyin of place names. pinyin-pro reads characters as in ordinary words, which is wrong
 * for a number of place names (乐清 is yuè qīng, not lè qīng; 六合 lù hé; 蚌山 bèng shān).
 * The table below is linguistic fact about those names, not data from any notice.
 * Names are converted one at a time (never as a joined path), so 长寿区 stays cháng shòu
 * instead of becoming "市长 / mayor" in 重庆市长寿区.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

export const PLACE_POLYPHONES: Record<string, string> = {
  乐清: 'yuè qīng',
  乐亭: 'lào tíng',
  六安: 'lù ān',
  六合: 'lù hé',
  蚌埠: 'bèng bù',
  蚌山: 'bèng shān',
  番禺: 'pān yú',
  东阿: 'dōng ē',
  长寿: 'cháng shòu',
  单县: 'shàn xiàn',
  大埔: 'dà bù',
  涡阳: 'guō yáng',
  歙县: 'shè xiàn',
  浚县: 'xùn xiàn',
  洪洞: 'hóng tóng',
  筠连: 'jūn lián',
  尉犁: 'yù lí',
  蔚县: 'yù xiàn',
  泌阳: 'bì yáng',
  黄陂: 'huáng pí',
  莘庄: 'xīn zhuāng',
  莘县: 'shēn xiàn',
  宕昌: 'tàn chāng',
  繁峙: 'fán shì',
  吴堡: 'wú bǔ',
  喀什: 'kā shí',
  万柏林: 'wàn bǎi lín',
  牟定: 'móu dìng',
  铅山: 'yán shān',
  长子: 'zhǎng zǐ',
  厦门: 'xià mén',
  重庆: 'chóng qìng',
};

let installed = false;

/** Space-separated toneless syllables, lower case, e.g. 'chang shou qu'. */
export function placePinyin(name: string): string {
  if (!installed) {
    customPinyin(PLACE_POLYPHONES);
    installed = true;
  }
  const syllables = pinyin(name, { toneType: 'none', type: 'array' });
  // 都 in a place name is always dū (成都, 宁都, 郫都, 都江堰), never dōu.
  for (let i = 0; i < syllables.length; i++) {
    if (name[i] === '都' && syllables[i] === 'dou') syllables[i] = 'du';
  }
  return syllables.join(' ').toLowerCase();
}
