/**
 * The corpus scorer reads a city's own scope in front of a programme (全市…, 市级…, 本市…,
 * 我市…) as the city's name, as it reads 全省…/省级… as the province's: a city's page writes
 * its own honour either way. Other words before the same name stay another programme.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../../src/shared/domain';
import type { GoldNotice } from '../../support/corpus/load';
import { scoreMetadata } from '../../support/corpus/score';

const programmeOk = (gold: string, got: string) =>
  scoreMetadata({ programme: gold } as GoldNotice, undefined, [
    { programme: got },
  ] as LedgerRecord[]).find((m) => m.field === 'programme')?.ok;

describe('a city’s own programme', () => {
  it('is the same written with the city’s scope or its name', () => {
    expect(programmeOk('全市民主法治示范村（社区）', '临沂市民主法治示范村（社区）')).toBe(true);
    expect(programmeOk('淮安市和谐示范社区', '市级和谐示范社区')).toBe(true);
    expect(programmeOk('全市和谐示范社区', '西安市市级和谐示范社区')).toBe(true);
  });

  it('is the same in a yearly collection written with its year first', () => {
    expect(programmeOk('2022年度全市民政创新成果', '2022年度常州市民政创新成果')).toBe(true);
    expect(programmeOk('2022年度全市民政创新成果', '2023年度常州市民政创新成果')).toBe(false);
  });

  it('is another programme when the rest differs or no city is written', () => {
    expect(programmeOk('全市民主法治示范村（社区）', '临沂市文明村镇')).toBe(false);
    expect(programmeOk('全市民主法治示范村（社区）', '全国民主法治示范村（社区）')).toBe(false);
    // Two named cities are two cities' programmes; only a scope stands for the city.
    expect(programmeOk('常德市科普示范社区', '益阳市科普示范社区')).toBe(false);
  });
});
