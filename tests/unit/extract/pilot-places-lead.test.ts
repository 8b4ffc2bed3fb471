/**
 * "民政部将在天津、云南省昆明市等10个地方开展…试点": the places where an organ will run a pilot,
 * listed after 将在, are the pilot's areas (zones), the first one written short as well; a
 * pilot's units (…试点单位) stay honour-like entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const lead = (sentence: string) => `某报讯\n2015年3月1日\n${sentence}`;

describe('the places an organ will run a pilot in', () => {
  it('reads the places after 将在, the first written short, as pilot zones', () => {
    const { n, codes } = readResolved(
      lead('民政部将在天津、云南省昆明市等10个地方开展邻里互助试点。'),
    );
    expect(codes).toEqual(['120000', '530100']);
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone']);
  });

  it("keeps a pilot's units as entries", () => {
    const { n, codes } = readResolved(
      lead('省民政厅确定昆明市五华区某某社区等5个单位为邻里互助试点单位。'),
    );
    expect(codes).toEqual(['530102']);
    expect(n.records.map((r) => r.kind)).toEqual(['other']);
  });
});
