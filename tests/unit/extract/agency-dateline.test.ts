/**
 * A news agency the outlet patterns do not name, known by its 社 before the city it files from and
 * the dated 电 (news-outlet.ts): the item's outlet. Composed wordings; a coop or a phone call is no
 * agency.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuer = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata.issuer;
const story =
  '记者从10月23日举行的发言人记者会上获悉,今年是基层立法联系点设立10周年,共设有54个联系点。';

describe('an agency’s dateline', () => {
  it('names the agency filing from a city on a date, in either script', () => {
    expect(issuer(`中评社北京10月23日电/据新华网报导,${story}`)).toBe('中评社');
    expect(issuer(`中評社北京10月23日電／據新華網報導，${story}`)).toBe('中評社');
  });

  it('names no coop, and no phone call on a road', () => {
    expect(issuer(`某某农民专业合作社北京12月3日电,${story}`)).toBeNull();
    expect(issuer(`合作社北京路12月3日电话会议召开,${story}`)).toBeNull();
  });
});
