/**
 * A page that prints a list of places one a line and then the document behind it ("某部关于同意
 * 将…的批复", its addressees, its text): the document's title is no theme of the last place, and
 * its paragraphs are no write-up of it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const text = [
  '记者日前从某部了解到,某部近日确认了一批试点地区。',
  '第二批全国某某改革实验区名单',
  '河北省邯郸市丛台区',
  '山西省运城市盐湖区',
  '陕西省宝鸡市渭滨区',
  '某部关于同意将河北省邯郸市丛台区等单位确认为第二批全国某某改革实验区的批复',
  '河北省、山西省、内蒙古自治区、上海市、江苏省、浙江省、安徽省、福建省、江西省、山东省、陕西省民政厅(局):',
  '经地方申报、综合评估等工作环节,同意将河北省邯郸市丛台区,山西省运城市盐湖区,陕西省宝鸡市渭滨区确认为第二批全国某某改',
].join('\n');

describe('a document printed below a list of places', () => {
  it('leaves the last place without a theme', () => {
    const { n, codes } = readResolved(text);
    expect(codes).toEqual(['130403', '140802', '610302']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
  });

  it('a theme line under a place alone is still its title', () => {
    const themed = text.replace(
      '陕西省宝鸡市渭滨区\n',
      '陕西省宝鸡市渭滨区\n以协商议事推动移风易俗\n',
    );
    const { n } = readResolved(themed);
    expect(n.records.find((r) => r.regionText === '陕西省宝鸡市渭滨区')?.title).not.toMatch(/批复/);
  });
});
