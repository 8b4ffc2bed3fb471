/**
 * A news lead opening with its day written whole as the day the news was learned ("2019年10月30日，
 * 从某局获悉…") dates the story, even when a copied page runs the headline into the lead's line; a
 * whole day before what an organ did tells the event (a story may tell it later), and a lead
 * telling of an organ publishing a document does not date it either, nor a day inside the lead.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const meta = (text: string) => extractNotice(txtDoc(text), { fileName: 't' }).metadata;

const HEAD = '青禾县农业科技园区通过综合评估';
const REST =
  '在今年开展的农业科技园区综合评估工作中，青禾县农业科技园区通过自评估、视频答辩、现场考察等程序，顺利通过考核。园区重点发展杂交小麦、蔬菜和果树等产业。';

describe('a lead opening with its whole day', () => {
  it('dates the story', () => {
    expect(meta([HEAD, `2019年10月30日，从青禾县科技局获悉，${REST}`].join('\n')).issuedOn).toBe(
      '2019-10-30',
    );
  });

  it('after the headline a copied page runs into its line', () => {
    expect(
      meta([HEAD, `${HEAD} 2019年10月30日,从青禾县科技局获悉,${REST}`].join('\n')).issuedOn,
    ).toBe('2019-10-30');
  });

  it('never the day of what an organ did, nor of a document it published', () => {
    expect(
      meta([HEAD, `2017年11月28日，省科技厅确定12个园区为示范园区，${REST}`].join('\n')).issuedOn,
    ).toBeNull();
    expect(
      meta([HEAD, `2019年10月30日，省科技厅发布《关于综合评估结果的通报》，${REST}`].join('\n'))
        .issuedOn,
    ).toBeNull();
  });

  it('never a day later in the lead', () => {
    expect(
      meta([HEAD, `记者从青禾县科技局获悉，2019年10月30日，${REST}`].join('\n')).issuedOn,
    ).toBeNull();
  });
});
