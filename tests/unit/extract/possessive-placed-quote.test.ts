/**
 * A case named in quotes after its place and the possessive 的 ("舒城县山七镇的“…”案例入选"): the
 * quote is the place's own case, read as when no 的 stands between them, in simplified or
 * traditional characters. The speaker's own place (我县的“…”) is still no entry, and a quote
 * with no kind word after it (a slogan) is none (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n\n'));
  return { codes, titles: n.records.map((r) => r.title) };
}

describe('a quoted case after its place and 的', () => {
  it('reads the township as the place and the quoted name with its kind word as the title', () => {
    const { codes, titles } = read([
      '安徽省一案例入选全国典型',
      '日前，农业农村部公布了第四批典型案例。其中，舒城县山七镇的“文明乡风‘孝’先行”案例入选。',
    ]);
    expect(titles).toEqual(['“文明乡风‘孝’先行”案例']);
    expect(codes).toEqual(['341523']);
  });

  it('reads it in traditional characters too', () => {
    const { codes } = read([
      '安徽省一案例入選全國典型',
      '日前，農業農村部公布了第四批典型案例。其中，舒城縣山七鎮的“文明鄉風‘孝’先行”案例入選。',
    ]);
    expect(codes).toEqual(['341523']);
  });

  it('leaves the speaker’s own place before 的', () => {
    const { titles } = read([
      '我县一案例入选全国典型',
      '日前，农业农村部公布了第四批典型案例。其中，我县的“文明乡风‘孝’先行”案例入选。',
    ]);
    expect(titles).not.toContain('“文明乡风‘孝’先行”案例');
  });

  it('leaves a quote with no kind word after it', () => {
    const { titles } = read([
      '山七镇开展活动',
      '近日，舒城县山七镇的“孝善山七”活动入选县里的宣传报道。',
    ]);
    expect(titles).toEqual([]);
  });
});
