/**
 * Villages a line each with the product they were chosen for, some lines giving one product to
 * several villages after a dash ("白羊镇白燕村、大石村——柠檬"): every village is an entry with
 * its note as title, and the dash line no longer hides the lines around it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD = [
  '万州13个村镇被评为重庆示范',
  '近日,重庆市农业农村委员会公布了第二批市级“一村一品”示范村镇名单,万州有10个村镇上榜!',
];

describe('village lines with a product note, shared after a dash', () => {
  it('reads each village with its note, names after the first in its township', () => {
    const { n, codes } = readResolved(
      [
        ...LEAD,
        '万州区龙驹镇宏福村(花椒)',
        '万州区瀼渡镇重岩村(鸭皮蛋、咸鸭蛋)',
        '万州区恒合土家族乡鸿凤村(黄金蜜桃);石坪村(锦绣黄桃)',
        '万州区白羊镇白燕村、大石村、大悟村、太和村——柠檬',
        '万州区甘宁镇楠桥、中屯村——玫瑰香橙',
        '什么是“一村一品”',
      ].join('\n'),
    );
    expect(n.records.map((r) => `${r.regionText}|${r.title}`)).toEqual([
      '万州区龙驹镇宏福村|花椒',
      '万州区瀼渡镇重岩村|鸭皮蛋、咸鸭蛋',
      '万州区恒合土家族乡鸿凤村|黄金蜜桃',
      '万州区恒合土家族乡石坪村|锦绣黄桃',
      '万州区白羊镇白燕村|柠檬',
      '万州区白羊镇大石村|柠檬',
      '万州区白羊镇大悟村|柠檬',
      '万州区白羊镇太和村|柠檬',
      '万州区甘宁镇楠桥村|玫瑰香橙',
      '万州区甘宁镇中屯村|玫瑰香橙',
    ]);
    expect(new Set(codes)).toEqual(new Set(['500101']));
  });

  it('takes no sentence after a dash for a note', () => {
    const { n } = readResolved(
      [
        ...LEAD,
        '万州区白羊镇白燕村、大石村、太和村——柠檬产业发展迅速,带动农户增收',
        '万州区长岭镇老土村——生态茶园建设成效明显,带动周边群众致富',
      ].join('\n'),
    );
    expect(n.records.filter((r) => /柠檬|生态茶/.test(r.title))).toHaveLength(0);
  });

  it('takes what befell the villages after a dash for no note', () => {
    const { n } = readResolved(
      [
        ...LEAD,
        '万州区龙驹镇宏福村、玉河村——被评为全国文明村',
        '万州区甘宁镇楠桥村、中屯村——获评市级示范村',
      ].join('\n'),
    );
    expect(n.records.filter((r) => /评/.test(r.title))).toHaveLength(0);
  });

  it('puts no later name with its own township, nor a bare name with no noun, in the first’s', () => {
    const { n } = readResolved(
      [
        ...LEAD,
        '万州区龙驹镇宏福村(花椒)',
        '万州区白羊镇白燕村、龙驹镇玉河村——柠檬',
        '万州区白羊镇大石村、龙驹镇——柠檬',
        '万州区甘宁镇楠桥社区、中屯——玫瑰香橙',
        '万州区甘宁镇楠桥村、中屯村——玫瑰香橙',
      ].join('\n'),
    );
    const texts = n.records.map((r) => r.regionText ?? '');
    expect(texts.filter((t) => /白羊镇龙驹镇|甘宁镇中屯$/.test(t))).toEqual([]);
  });
});
