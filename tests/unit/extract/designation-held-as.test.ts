/**
 * A place told as holding a zone designation of a named scope or batch ("某县作为国家级…实验区，
 * …"): the sentence says the place is a zone of that programme, so it is an entry. A place acting
 * as a pilot in a story ("作为试点地区，积极探索…") stays a passing mention.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a place 作为 a zone of a named scope', () => {
  it('is an entry of that programme', () => {
    const { n, codes } = readResolved(
      '其中,株洲市攸县作为国家级婚俗改革实验区,连续两届县委书记任改革领导小组组长,得到了民政部的充分肯定。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['株洲市攸县']);
    expect(codes).toEqual(['430223']);
  });

  it('leaves a place acting as a pilot in a story alone', () => {
    const { n } = readResolved(
      '近年来,株洲市攸县作为试点地区,积极探索婚俗改革,连续两届县委书记任改革领导小组组长。',
    );
    expect(n.records).toHaveLength(0);
  });
});
