/**
 * A list of community lines whose copy breaks off after a county ("…郏县东城街道福万城社区" then
 * "安阳市殷都区" as the text's last words) names no unit in that line: it is left out and the
 * line before says so. A list of counties ending in a county, or a last line naming its
 * community, keeps every line.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => {
  const { n, warned } = readResolved(lines.join('\n'));
  return { regions: n.records.map((r) => r.regionText), warned: warned.includes('truncated_item') };
};

const HEAD = ['附:河南省2019年度全国综合减灾示范社区名单'];

describe('a community list cut after a county', () => {
  it('leaves the county line out and says so', () => {
    const r = read([
      ...HEAD,
      '洛阳市汝阳县靳村乡七里村',
      '平顶山市宝丰县大营镇清凉寺村',
      '平顶山市郏县东城街道福万城社区',
      '安阳市殷都区',
    ]);
    expect(r.regions).toEqual([
      '洛阳市汝阳县靳村乡七里村',
      '平顶山市宝丰县大营镇清凉寺村',
      '平顶山市郏县东城街道福万城社区',
    ]);
    expect(r.warned).toBe(true);
  });

  it('keeps a last county under counties, and a last line with its community', () => {
    expect(
      read(['附:示范县名单', '洛阳市汝阳县', '平顶山市宝丰县', '平顶山市郏县', '安阳市殷都区'])
        .regions,
    ).toHaveLength(4);
    expect(
      read([
        ...HEAD,
        '洛阳市汝阳县靳村乡七里村',
        '平顶山市宝丰县大营镇清凉寺村',
        '平顶山市郏县东城街道福万城社区',
      ]).regions,
    ).toHaveLength(3);
  });
});
