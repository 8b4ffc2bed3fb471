/**
 * Variant characters traditional-character pages keep and the simplification does not
 * reach: 甯 for 寧/宁 and 陜 for 陝/陕 in place names.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('甯 written for 宁', () => {
  it('reads the place of the standard form', () => {
    expect(resolveRegion('廣西壯族自治區南甯市', { asOf: '2020-06-01' }).regionCode).toBe('450100');
    expect(resolveRegion('浙江省甯波市', { asOf: '2020-06-01' }).regionCode).toBe('330200');
    expect(resolveRegion('甯波市海曙區', { asOf: '2020-06-01' }).regionCode).toBe('330203');
  });
});

describe('陜 written for 陕', () => {
  it('reads the place of the standard form', () => {
    expect(resolveRegion('陜西省西安市碑林區', { asOf: '2020-06-01' }).regionCode).toBe('610103');
    expect(resolveRegion('河南省三門峽市陜州區', { asOf: '2020-06-01' }).regionCode).toBe('411203');
  });
});
