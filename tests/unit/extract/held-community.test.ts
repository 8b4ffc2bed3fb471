/**
 * A visit story telling a community as the subject holding a zone (幸福社区作为全国…实验区) reads it
 * under the place the story writes it at (长沙市天心区幸福社区), or not at all where it never places
 * it: a bare community name is shared by hundreds of places and no zone is confirmed for one.
 * Controls: a city held as a zone is read as before; a community told as anything else (被评为…)
 * is left as read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const visit = (body: string) =>
  readResolved(`市领导调研社区工作\n2021-05-06 来源:某某日报\n${body}\n`);

describe('a community held as a zone in a visit story', () => {
  it('is read under the place the story writes it at', () => {
    const { n, codes } = visit(
      '5月5日,市领导一行来到长沙市天心区幸福社区调研。幸福社区作为全国社区治理和服务创新实验区,积极探索“五社联动”。',
    );
    expect(codes).toEqual(['430103']);
    expect(n.records.map((r) => r.regionText)).toEqual(['长沙市天心区幸福社区']);
  });

  it('is no item where the story never places it', () => {
    const { n } = visit(
      '5月5日,市领导一行来到社区调研。幸福社区作为全国社区治理和服务创新实验区,积极探索“五社联动”。',
    );
    expect(n.records).toEqual([]);
  });
});

describe('controls', () => {
  it('a city held as a zone is read as before', () => {
    const { codes } = visit(
      '5月5日,市领导一行来到苏州市调研。苏州市作为全国社区治理和服务创新实验区,积极探索“五社联动”。',
    );
    expect(codes).toEqual(['320500']);
  });

  it('a community told as anything but a zone’s holder is left as read', () => {
    const { n } = visit('5月5日,市领导一行来到社区调研。幸福社区被评为全国综合减灾示范社区。');
    expect(n.records.map((r) => r.regionText)).toEqual(['幸福社区']);
  });
});
