import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a county-level name the row writes itself', () => {
  // The row before lies in 黎城县; 翟店镇 is read only as the near 翟店街道 of 潞城市.
  const previous = resolveRegion('黎城县西井镇新庄村', { context: '山西省长治市' });

  it('beats the previous row and the notice context', () => {
    expect(previous.regionCode).toBe('140426');
    const r = resolveRegion('潞城市翟店镇寨上村', { context: '山西省', previous });
    expect(r.regionCode).toBe('140481');
  });
});

describe('a county-level city abolished later', () => {
  it('resolves on the notice date to the code of its time', () => {
    expect(resolveRegion('潞城市', { asOf: '2017-12-01' }).regionCode).toBe('140481');
  });

  it('without a date keeps the code it had while the name existed, and says what replaced it', () => {
    const r = resolveRegion('潞城市');
    expect(r.regionCode).toBe('140481');
    expect(r.note).toContain('潞城区');
  });
});

describe('a community written after its municipality, the district left out', () => {
  it('takes the one district that holds the name', () => {
    expect(resolveRegion('北京市草厂社区', { asOf: '2018-12-14' }).regionCode).toBe('110101');
  });

  it('a name two districts share stays at the municipality and says so', () => {
    const r = resolveRegion('北京市草厂村', { asOf: '2018-12-14' });
    expect(r.regionCode).toBe('110000');
    expect(r.note).toContain('海淀区');
    expect(r.note).toContain('通州区');
    expect(r.note).toContain('未定到区县');
  });
});

describe('a town and its community, no district written', () => {
  it('resolves through the town inside the notice context', () => {
    const r = resolveRegion('青村镇红星社区', { asOf: '2021-12-31', context: '上海市' });
    expect(r.regionCode).toBe('310120');
  });
});
