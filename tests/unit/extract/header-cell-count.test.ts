/**
 * A table's header cell counting its column ("县及县级市(12个)") states how many entries the
 * column holds: fewer read says so; a column read whole says nothing.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '县城新型城镇化建设示范名单';
const HEADER = '区域\t省份(2个)\t县及县级市(7个)';

const stated = (rows: string[]) =>
  readResolved([HEAD, HEADER, ...rows].join('\n'))
    .n.warnings.filter((w) => w.code === 'count_mismatch')
    .map((w) => w.stated);

describe('a header cell counting its column', () => {
  it('warns when the rows hold fewer entries', () => {
    expect(stated(['东部\t浙江\t桐庐县、宁海县、海盐县', '东部\t江苏\t盱眙县、宝应县'])).toContain(
      7,
    );
  });

  it('says nothing when the column is read whole', () => {
    expect(
      stated(['东部\t浙江\t桐庐县、宁海县、海盐县、武义县', '东部\t江苏\t盱眙县、宝应县、东海县']),
    ).toEqual([]);
  });

  it('says nothing when the column holds each row’s figure, not names', () => {
    const warned = readResolved(
      [HEAD, '区域\t县(市)\t示范社区(30个)', '东部\t桐庐县\t12', '东部\t宁海县\t18'].join('\n'),
    ).n.warnings.filter((w) => w.code === 'count_mismatch');
    expect(warned).toEqual([]);
  });
});
