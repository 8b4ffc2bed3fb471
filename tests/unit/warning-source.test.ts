import { describe, expect, it } from 'vitest';
import type { NoticeSpan } from '../../src/shared/domain';
import { warningSource } from '../../src/renderer/src/features/notices/warning-source';

// A list of three places, a passage spliced in after the second, and its date line.
const text = [
  '一、北京市东城区',
  '二、某某开发区管委会',
  '本报记者从会上获悉，工作将继续推进。',
  '三、上海市黄浦区',
  '2020年5月1日',
].join('\n');
const at = (s: string) => text.indexOf(s);
const span = (seq: number | null, s: string, recordId: number): NoticeSpan => ({
  recordId,
  kind: 'zone',
  regionText: null,
  title: null,
  seq,
  start: at(s),
  end: at(s) + s.length,
  live: true,
});
const spans = [
  span(1, '一、北京市东城区', 1),
  span(2, '二、某某开发区管委会', 2),
  span(3, '三、上海市黄浦区', 3),
];
const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('where a warning comes from in its notice', () => {
  it('an item warning points at the named items’ sentences, by 序号 and place', () => {
    const ranges = warningSource(
      {
        code: 'nonstandard_region',
        message: '2项的地区含开发区等非行政区划名称',
        seqs: [2, 3],
        regionTexts: ['某某开发区', '上海市黄浦区'],
      },
      spans,
      text,
    );
    expect(ranges.map(slice)).toEqual(['二、某某开发区管委会', '三、上海市黄浦区']);
  });

  it('an item without 序号 is found by its place, in a span or else in the text', () => {
    const inSpan = warningSource(
      { code: 'region_unresolved', message: '', seq: null, regionText: '黄浦区' },
      spans,
      text,
    );
    expect(inSpan.map(slice)).toEqual(['三、上海市黄浦区']);
    const outside = warningSource(
      { code: 'region_unresolved', message: '', seq: null, regionText: '本报记者' },
      spans,
      text,
    );
    expect(outside.map(slice)).toEqual(['本报记者']);
  });

  it('a passage the warning records is pointed at itself', () => {
    const start = at('本报记者');
    const end = start + '本报记者从会上获悉，工作将继续推进。'.length;
    const ranges = warningSource(
      { code: 'interleaved_text', message: '', afterSeq: 2, beforeSeq: 3, start, end },
      spans,
      text,
    );
    expect(ranges.map(slice)).toEqual(['本报记者从会上获悉，工作将继续推进。']);
  });

  it('a date that cannot be is pointed at as written', () => {
    const start = at('2020年5月1日');
    const w = { code: 'impossible_date', message: '', written: '', start, end: start + 9 } as const;
    expect(warningSource(w, spans, text).map(slice)).toEqual(['2020年5月1日']);
  });

  it('a gap in the numbering points at the items on either side of it', () => {
    const ranges = warningSource(
      { code: 'numbering_gap', message: '序号缺少第2项', from: 2, to: 2 },
      spans.filter((s) => s.seq !== 2),
      text,
    );
    expect(ranges.map(slice)).toEqual(['一、北京市东城区', '三、上海市黄浦区']);
  });

  it('a warning about the whole notice has no place to point at', () => {
    expect(
      warningSource({ code: 'date_from_file', message: '', fileDate: '2020-05-01' }, spans, text),
    ).toEqual([]);
  });
});
