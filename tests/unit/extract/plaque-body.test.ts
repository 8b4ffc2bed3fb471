/**
 * An institution holding the unveiling of its title's plaque is the story's one honoured unit,
 * at the place its name opens with, its name the unit (core/import/extract/plaque-body.ts); a plaque of no title
 * and an organ holding the ceremony give nothing.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const entries = (text: string) =>
  readResolved(text).n.records.map((r) => `${r.regionText ?? ''}|${r.unit ?? ''}|${r.title ?? ''}`);

const story = (lead: string) =>
  [
    '呼和浩特市儿童福利院举行揭牌仪式',
    lead,
    '近年来，该院通过开展形式多样的社会工作宣传普及和教育培训，提高了社会工作者的实务能力。',
  ].join('\n');

describe('an institution unveiling the plaque of its title', () => {
  it('reads the institution at the place its name opens with', () => {
    expect(
      entries(
        story(
          '10月27日，呼和浩特市儿童福利院举行了全国社会工作人才队伍建设试点示范单位揭牌暨民政标准化建设试点工作启动仪式。',
        ),
      ),
    ).toEqual(['呼和浩特市|呼和浩特市儿童福利院|']);
  });

  it('reads nothing from a plaque of no title or an organ holding the ceremony', () => {
    expect(entries(story('10月27日，呼和浩特市儿童福利院举行了新址揭牌仪式。'))).toEqual([]);
    expect(
      entries(
        story('10月27日，呼和浩特市民政局举行了全国社会工作人才队伍建设试点示范单位授牌仪式。'),
      ),
    ).toEqual([]);
  });

  it('reads no giver: an organ holding it at the institution, an association handing plaques out', () => {
    expect(
      entries(
        story(
          '10月27日，呼和浩特市民政局在市儿童福利院举行了全国社会工作人才队伍建设试点示范单位揭牌仪式。',
        ),
      ),
    ).toEqual([]);
    expect(
      entries(
        story('10月27日，长沙市社会工作协会举行了首批社会工作示范基地授牌仪式，为20家单位授牌。'),
      ),
    ).toEqual([]);
    expect(
      entries(story('10月27日，长沙市儿童福利院举行了社会工作示范基地授牌仪式，向10家单位授牌。')),
    ).toEqual([]);
  });

  it('still reads the institution a leader hands its own plaque to (为该院授牌)', () => {
    expect(
      entries(
        story(
          '10月27日，呼和浩特市儿童福利院举行了全国社会工作示范单位授牌仪式，市民政局局长为该院授牌。',
        ),
      ),
    ).toEqual(['呼和浩特市|呼和浩特市儿童福利院|']);
  });
});
