/**
 * Two county-level cities a province ran directly had codes of their own in the code tables
 * of 2015-09 and 2016-07 (139001, 139002), and their old codes again in the ministry's list at
 * the end of 2016 (130682 under 保定市, 130181 under 石家庄市). The NBS snapshot of 2023 alone
 * cannot date the return, so both codes looked valid from 2016 to 2023 and a notice of 2019
 * got the province's code. The curated change dates it.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const code = (text: string, asOf: string) => resolveRegion(text, { asOf }).code;

describe('a county-level city whose province-run code was withdrawn', () => {
  it('has the province-run code while the tables listed it', () => {
    expect(code('河北省辛集市', '2016-03-01')).toBe('139002');
    expect(code('河北省定州市', '2016-03-01')).toBe('139001');
  });

  it('has its old code again after the end of 2016', () => {
    expect(code('河北省辛集市', '2019-12-13')).toBe('130181');
    expect(code('河北省定州市', '2020-12-24')).toBe('130682');
  });

  it('has its old code before the province ran it', () => {
    expect(code('河北省辛集市', '2012-06-01')).toBe('130181');
  });
});
