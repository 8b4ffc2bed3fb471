/**
 * A page's date line whose byline label a PDF's text glued to the date ("2021-07-16来源：某某网")
 * still dates the page, as the same line with its space does.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LINES = (stamp: string) =>
  [
    '我市一社区入选省级智慧社区试点',
    stamp,
    '近日,省发展改革委印发省级智慧社区建设试点名单的通知,确定北山街道宝石社区等10个社区为省级智慧社区试点。',
  ].join('\n');

describe('a date glued to its byline label', () => {
  it('dates the page like the spaced line', () => {
    expect(readResolved(LINES('2021-07-16 来源:河南省发改委')).n.metadata.issuedOn).toBe(
      '2021-07-16',
    );
    expect(readResolved(LINES('2021-07-16来源:河南省发改委')).n.metadata.issuedOn).toBe(
      '2021-07-16',
    );
    expect(readResolved(LINES('2021-07-16來源:河南省發改委')).n.metadata.issuedOn).toBe(
      '2021-07-16',
    );
  });

  it('a date run on into other words is no page date', () => {
    expect(readResolved(LINES('2021-07-16举行座谈会')).n.metadata.issuedOn).not.toBe('2021-07-16');
  });
});
