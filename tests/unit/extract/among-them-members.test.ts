/**
 * Places closed by 都在其中 / 均在其中 after a sentence naming a list ("…确认为第二批…实验区，A、B
 * 都在其中") are among its entries: being among the list is membership, not where entries lie
 * ("…均在A区" would be).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('places said to be among a list just named', () => {
  for (const among of ['都在其中', '均在其中', '在其中']) {
    it(`are its entries (…${among})`, () => {
      const { n, codes } = readResolved(
        [
          '某某改革实验区名单',
          `9月，民政部将17家单位确认为第二批全国某某改革实验区，上海市奉贤区，江苏省无锡市滨湖区，浙江省三门县${among}，实验时间为期3年。`,
        ].join('\n'),
      );
      expect(codes).toEqual(['310120', '320211', '331022']);
      expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone', 'zone']);
    });
  }
});
