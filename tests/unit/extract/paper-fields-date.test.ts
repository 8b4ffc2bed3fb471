/**
 * A paper's page fields under the headline — its word count, the date, the page's name
 * ("字数：420 2024年01月26日 要闻") — give the date the notice states.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe("a paper's page fields", () => {
  it('give the issue date', () => {
    const { n } = readResolved(
      [
        '青枫社区获评示范社区',
        '字数：386 2023年11月08日 综合新闻',
        '本报讯 近日，上级部门决定命名北山街道宝石社区为示范社区。',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBe('2023-11-08');
  });

  it('never take a date the body runs on into', () => {
    const { n } = readResolved(
      [
        '青枫社区获评示范社区',
        '作者：某某 2023年11月08日召开推进会',
        '本报讯 近日，上级部门决定命名北山街道宝石社区为示范社区。',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBeNull();
  });
});
