/**
 * A reply's numbered clause ("三、试点期为自批复之日起2年。") states its rule for the notice's own
 * programme: the clause's number is the notice's numbering, never the first words of a programme
 * (三、试点). A numbered clause that names a programme or a batch of its own keeps it.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const cycleOf = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).rules.find(
    (r) => r.kind === 'cycle',
  );

const HEAD = ['国务院关于同意扩大内地居民婚姻登记“跨省通办”试点的批复', '民政部：'];
const SIGN = ['国务院', '2023年5月12日'];

describe('a rule in a numbered clause', () => {
  it("is the notice's programme's, not one named by the clause's number", () => {
    const cycle = cycleOf([
      ...HEAD,
      '一、同意扩大内地居民婚姻登记“跨省通办”试点。调整后，在北京、天津、河北等21个省（自治区、直辖市）实施结婚登记和离婚登记“跨省通办”试点。',
      '三、试点期为自批复之日起2年。',
      ...SIGN,
    ]);
    expect(cycle?.params).toMatchObject({ years: 2 });
    expect(cycle?.scope?.programme).toBe('内地居民婚姻登记跨省通办试点');
  });

  it('numbered with brackets or digits alike', () => {
    for (const n of ['（三）', '3.', '3、']) {
      const cycle = cycleOf([
        ...HEAD,
        '一、同意扩大内地居民婚姻登记“跨省通办”试点。',
        `${n}试点期为自批复之日起2年。`,
        ...SIGN,
      ]);
      expect(cycle?.scope?.programme).toBe('内地居民婚姻登记跨省通办试点');
    }
  });

  it('keeps a batch the numbered clause names of its own', () => {
    const cycle = cycleOf([
      '民政部关于确认第四批全国社区治理和服务创新实验区的通知',
      '各省、自治区、直辖市民政厅（局）：',
      '一、确认北京市西城区等31个单位为第四批全国社区治理和服务创新实验区。',
      '三、第四批实验区实验时间为3年。',
      '民政部',
      '2019年1月8日',
    ]);
    expect(cycle?.scope?.batch).toBe('第四批');
    expect(cycle?.scope?.programme).not.toMatch(/^三/);
  });
});
