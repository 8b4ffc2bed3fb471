/**
 * A reprinting site tags the document's title ("…的通知（政府档案）"), and an info box below
 * repeats it behind a label ("中文名：…"): the title is the headline without the tag; a
 * bracket the document writes itself (试行, 征求意见稿) is never taken for such a tag.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const page = (headline: string) =>
  [
    headline,
    '本词条是多义词,共2个义项',
    '基本介绍',
    '1. 中文名:某市民政局关于开展社区减负试点工作的通知',
    '2. 发布单位:某市民政局',
    '某民发〔2031〕5号',
    '各区县(市)民政局:',
    '为减轻社区负担,经研究,决定在全市开展社区减负试点工作。现将有关事项通知如下:',
    '一、工作目标',
    '到2033年,社区负担明显减轻。',
  ].join('\n');

describe("a site's tag after a document's title", () => {
  it('is dropped, and the headline is the title', () => {
    const { n } = readResolved(page('某市民政局关于开展社区减负试点工作的通知(政府档案)'));
    expect(n.metadata.title).toBe('某市民政局关于开展社区减负试点工作的通知');
  });

  it("a copy's own bracket (the village it is of) stays in the title", () => {
    const { n } = readResolved(
      [
        '某某示范社区公示(某某村)',
        '经评选,决定命名某某村等10个社区为某某示范社区(名单见附件)。',
        '公示时间:2031年3月15日至3月21日',
        '某某委员会办公室',
        '2031年3月15日',
      ].join('\n'),
    );
    expect(n.metadata.title).toBe('某某示范社区公示(某某村)');
  });
});
