/**
 * A spun or scrambled copy splices stray words (from its headline, or anywhere) right before
 * an entry of a run: the entry starts at its county, and the county holds for the townships
 * after it. Composed in other words and places than any notice read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '厦门市6个社区入选全省儿童友好社区';

describe('stray words spliced before an entry of a run', () => {
  it('are no part of the entry, and its county holds for the townships after it', () => {
    const { n, codes } = readResolved(
      [
        HEAD,
        '这6个社区是：思明区中华街道东方社区、滨海街道西方社区，友好湖里区殿前街道北方社区、金山街道南方社区，上榜社区集美区集美街道中心社区、侨英街道一号社区。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '思明区中华街道东方社区',
      '滨海街道西方社区',
      '湖里区殿前街道北方社区',
      '金山街道南方社区',
      '集美区集美街道中心社区',
      '侨英街道一号社区',
    ]);
    expect(codes).toEqual(['350203', '350203', '350206', '350206', '350211', '350211']);
  });

  it('a division written out before the county stays the entry’s own', () => {
    const { n } = readResolved(
      [
        HEAD,
        '这6个社区是：思明区中华街道东方社区、福建省厦门市湖里区殿前街道北方社区、集美区集美街道中心社区。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toContain('福建省厦门市湖里区殿前街道北方社区');
  });
});
