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
});
