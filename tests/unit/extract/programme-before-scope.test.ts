/**
 * A programme named only by a scope word and a generic honour ("省级示范点") takes its name from
 * the units it is conferred on ("N个某某站被评为省级示范点").
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a programme named by the units before its scope word', () => {
  it('names it after the counted units the honour is conferred on', () => {
    const { n } = readResolved(
      [
        '60个乡镇（街道）养老服务站被评为省级示范点',
        '记者从江西省民政厅获悉，经评估验收，南昌市西湖区朝阳洲街道养老服务站、九江市濂溪区十里街道养老服务站等60个乡镇（街道）养老服务站被评为省级示范点。',
      ].join('\n'),
    );
    const name = n.metadata.programme?.replace(/（/g, '(').replace(/）/g, ')');
    expect(name).toMatch(/^(?:江西省)?乡镇\(街道\)养老服务站省级示范点$/);
  });
});
