/**
 * A run of places whose clause ends in their officers ("分管海口市、成都市、…上海市嘉定区等市、
 * 区领导。", "…等地负责人，") names the people at a forum, whatever they did next: the places are
 * theirs, no units of a programme. The same run closed by a membership verb, or by the units'
 * own words (…等市、区入选), stays the list. Composed sentences, real division names.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD =
  '爱卫学术论坛召开 某区分享健康城市建设经验\n不久前,全国爱国卫生运动学术论坛在海南省海口市举行。\n';

describe('places whose officers close the clause', () => {
  it('are no entries when their levels and officers follow (等市、区领导)', () => {
    const text =
      HEAD +
      '分管海口市、成都市、南宁市、张家港市、上海市嘉定区等市、区领导。,他们围绕健康城市建设谈了经验。\n';
    expect(readResolved(text).codes).toEqual([]);
  });

  it('are no entries when their officers follow 等地 before a comma', () => {
    const text = HEAD + '成都市、南宁市、张家港市等地负责人,分别介绍了本地做法。\n';
    expect(readResolved(text).codes).toEqual([]);
  });

  it('stay the list when the run is the units chosen', () => {
    const text = HEAD + '成都市、南宁市、张家港市等市入选全国健康城市建设样板市。\n';
    expect(readResolved(text).codes).toEqual(['510100', '450100', '320582']);
  });
});
