/**
 * The junk the reading text drops (a converter's pinyin, a padded name's space, a mask's gap or
 * a whole masked region, a bullet, a note mark) always starts with one of a few characters, so
 * the pattern asks for one of them first and fails at once everywhere else. Each kind is still
 * dropped as before, and nothing else is.
 */
import { describe, expect, it } from 'vitest';
import { JUNK_START, readingText } from '../../../src/main/core/import/extract/reading-text';

/** Each kind of junk, written as copies carry it, with the reading text it leaves. */
const KINDS: { raw: string; read: string; dropped: string }[] = [
  { raw: '實(shí)驗區', read: '實驗區', dropped: '(shí)' },
  { raw: '實（shí）驗區', read: '實驗區', dropped: '（shí）' },
  { raw: '東(dong) 城區', read: '東城區', dropped: '(dong) ' },
  { raw: '沙 县、勉　县', read: '沙县、勉县', dropped: ' ' },
  { raw: '浙 江:湖州市、台州市', read: '浙江:湖州市、台州市', dropped: ' ' },
  { raw: '宁夏 *** 自治区盐池县', read: '宁夏盐池县', dropped: ' *** 自治区' },
  { raw: '伊犁州,*自治区昭苏县。', read: '伊犁州,昭苏县。', dropped: '*自治区' },
  { raw: '●灵璧县冯庙镇\n• 某某社区', read: '灵璧县冯庙镇\n某某社区', dropped: '●' },
  { raw: '武乡县*、盘山县', read: '武乡县、盘山县', dropped: '*' },
];

describe('where reading-text junk can start', () => {
  it('every kind of junk starts with a character the pattern asks for first', () => {
    for (const { dropped } of KINDS) expect(JUNK_START.test(dropped.charAt(0))).toBe(true);
  });

  it('every kind is dropped as before', () => {
    for (const { raw, read } of KINDS) expect(readingText(raw, 'txt').text).toBe(read);
  });

  it('every character read maps back to the same character of the raw text', () => {
    const wrapped =
      '经研究，决定命名北京市朝阳区等单位为全国第二批社区治理和服务创新实验区，现将名单公布如下：\n' +
      '北京市朝阳区、天津市和平区、河北省石家庄市长安区、山西省太原市小店区、内蒙古包头市昆\n' +
      '都仑区、辽宁省沈阳市沈河区、吉林省长春市南关区、黑龙江省哈尔滨市南岗区、上海市静安区\n' +
      '特此通知。';
    for (const raw of [...KINDS.map((k) => k.raw), wrapped, '甲 乙\r\n丙（bǐng）丁\n']) {
      const r = readingText(raw, 'pdf');
      expect(r.origin).toHaveLength(r.text.length + 1);
      for (let i = 0; i < r.text.length; i++)
        if (r.text[i] !== '、' && r.text[i] !== '\n') expect(raw[r.origin[i]!]).toBe(r.text[i]);
    }
  });

  it('text with none of those characters is read as written', () => {
    const raw =
      '民政部关于命名第二批全国农村幸福社区建设示范单位的通知\n北京市朝阳区、天津市和平区';
    const r = readingText(raw, 'txt');
    expect(r.text).toBe(raw);
    expect(r.identity).toBe(true);
  });

  it('a start character alone drops nothing', () => {
    for (const raw of ['名单（2023年）', '张*、李*', '江 河:湖泊与水库', '★★★'])
      expect(readingText(raw, 'txt').text).toBe(raw);
  });
});
