/**
 * Place lines set side by side in columns (a two-column list pasted as text), a village's own
 * facility named after it (某村农家书屋), and a community named after the village it was
 * (某街道城阳村社区): each is an entry at its place; look-alikes stay unread.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD = '经评选，以下农家书屋入选全国示范农家书屋。\n入选的农家书屋是:\n';
const codes = (lines: string[]) => readResolved(LEAD + lines.join('\n') + '\n').codes;

describe('place lines in columns', () => {
  it('a line of two entries set apart by full-width spaces is two entries', () => {
    expect(
      codes([
        '济南市平阴县玫瑰镇大站西村农家书屋　　　　济南市市中区党家街道张庄村农家书屋',
        '淄博市桓台县索镇于家村农家书屋　　　　　　淄博市张店区湖田街道上湖村农家书屋',
      ]),
    ).toEqual(['370124', '370103', '370321', '370303']);
  });

  it('two blanks or more part columns too', () => {
    expect(codes(['淄博市桓台县索镇于家村    淄博市张店区湖田街道上湖村'])).toEqual([
      '370321',
      '370303',
    ]);
  });

  it('a line whose second piece is no place is not split (the list ends there)', () => {
    expect(
      codes([
        '济南市平阴县玫瑰镇大站西村农家书屋',
        '济南市市中区党家街道张庄村农家书屋',
        '淄博市桓台县索镇于家村农家书屋　　欢迎广大读者参观',
      ]),
    ).toEqual(['370124', '370103']);
  });
});

describe('a village facility named after its village', () => {
  it('某村农家书屋 is an entry at the village, the noun no title', () => {
    const { n, codes: c } = readResolved(
      LEAD + '济南市平阴县玫瑰镇大站西村农家书屋\n淄博市桓台县索镇于家村农家书屋\n',
    );
    expect(c).toEqual(['370124', '370321']);
    expect(n.records.map((r) => r.title)).toEqual(['', '']);
  });

  it("a county's 农家书屋 with no village before it is no such line", () => {
    expect(codes(['济南市平阴县农家书屋', '淄博市桓台县农家书屋'])).toEqual([]);
  });
});

describe('a community named after the village it was', () => {
  it('某街道某村社区 is read down to its place', () => {
    expect(codes(['青岛市城阳区城阳街道城阳村社区', '淄博市张店区湖田街道上湖村'])).toEqual([
      '370214',
      '370303',
    ]);
  });

  it('a street office followed by a bare 社区 stays unread', () => {
    expect(codes(['青岛市城阳区城阳街道社区', '淄博市张店区湖田街道社区'])).toEqual([]);
  });
});
