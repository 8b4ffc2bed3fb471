/**
 * The gazetteer loads its county level on first use and resolves a realistic mix of strings.
 * How fast (load time, strings per second) is measured by `npm run bench` (gazetteer-load,
 * gazetteer-resolve), never here: a busy CI machine must not fail a correct resolver.
 */
import { describe, expect, it } from 'vitest';
import {
  benchGazetteer,
  gazetteerLoadReport,
  resetGazetteerCache,
  resolveRegion,
} from '../../../src/main/core/gazetteer/index';

describe('gazetteer load and throughput', () => {
  it('loads the county-level part, and towns only when asked', () => {
    resetGazetteerCache();
    const report = gazetteerLoadReport();
    expect(report.units).toBeGreaterThan(3000);
    expect(report.townMs).toBe(0);
  });
  it('resolves a realistic mix, repeatedly, to the same codes', () => {
    const mix: [string, string][] = [
      ['江苏省南京市栖霞区马群街道', '320113'],
      ['浙江省杭州市江干区', '330104'],
      ['湖北省宜都市', '420581'],
      ['内蒙古自治区包头市昆都仑区', '150203'],
      ['山东省平邑县', '371326'],
      ['南京市栖霞区马群街道——打造一站式', '320113'],
      ['阳泉市城区', '140302'],
      ['津市市', '430781'],
      ['北京市朝阳区实施社区成长伙伴计划', '110105'],
      ['广东省东莞市', '441900'],
      ['四川省成都市金牛区', '510106'],
    ];
    for (const [text, code] of mix)
      expect(resolveRegion(text, { asOf: '2019-03-25' }).code?.slice(0, 6), text).toBe(code);
    const r = benchGazetteer(
      mix.map(([t]) => t),
      2_000,
    );
    console.log(`gazetteer throughput: ${r.perSecond}/s (the bench row is the measure)`);
    expect(r.strings).toBe(2_000);
  });
});
