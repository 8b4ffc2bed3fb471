/**
 * A story placed only by the province its headline names writes a programme bare where it
 * lists the province's units (…等2地被命名为某某示范市县) and with its national scope elsewhere
 * (…命名第三批国家某某示范市县): the units are the national programme's, not the province's own.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a bare programme a headline story also writes in full with its national scope', () => {
  it('is the national programme', () => {
    const { n } = readResolved(
      [
        '湖北2地被命名为国家邻里文明建设示范市县',
        '本报讯 11月16日,某部命名第三批国家邻里文明建设示范市县,湖北省十堰市、赤壁市等2地被命名为邻里文明建设示范市县。',
      ].join('\n'),
    );
    const programmes = n.records.map((r) => r.programme ?? n.metadata.programme);
    expect(programmes.length).toBeGreaterThan(0);
    for (const p of programmes) expect(p).toBe('国家邻里文明建设示范市县');
  });

  it("stays the province's own when the text never writes it nationally", () => {
    const { n } = readResolved(
      [
        '湖北2地被命名为邻里文明建设示范市县',
        '本报讯 11月16日,湖北省十堰市、赤壁市等2地被命名为邻里文明建设示范市县。',
      ].join('\n'),
    );
    const programmes = n.records.map((r) => r.programme ?? n.metadata.programme);
    for (const p of programmes) expect(p).toBe('湖北省邻里文明建设示范市县');
  });
});
