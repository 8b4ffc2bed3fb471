/**
 * Objection windows written in two more shapes: under a section heading that names them
 * ("一、公示时间" over "…至…。"), and in a copy that lost the month ("公示时间为20日—28日": the
 * window is still stated, undated).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const windows = (text: string) =>
  readResolved(text).n.rules.filter((r) => r.kind === 'objection_window');

describe('objection windows', () => {
  it('the dates on the line under the window heading', () => {
    const got = windows(
      [
        '关于公示第三批示范区名单的公告',
        '现予以公示。',
        '一、公示时间',
        '2022年5月9日至15日。',
        '二、公示对象',
        '见附件。',
      ].join('\n'),
    );
    expect(got.map((r) => r.params)).toEqual([{ from: '2022-05-09', to: '2022-05-15' }]);
    expect(got[0]?.text).toContain('2022年5月9日至15日');
  });

  it('a window whose month the copy lost, undated', () => {
    const got = windows(
      ['某省示范区认定名单公示', '3月2日，某省文旅厅发布认定名单', '公示时间为2日—9日'].join('\n'),
    );
    expect(got.map((r) => [r.text, r.params])).toEqual([
      ['公示时间为2日—9日', { from: null, to: null }],
    ]);
  });
});
