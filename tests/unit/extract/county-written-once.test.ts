/**
 * A county written once at the head of a sentence's first entry is inherited by the entries after
 * it written below their county (a street and community with no county of their own); an entry
 * writing its own district keeps it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function codes(sentence: string): (string | null)[] {
  return readResolved(['我区两个工作法入选', sentence].join('\n\n')).codes;
}

describe('a county written once before the first entry', () => {
  it('places a later street and community in it, though a far county has one so named', () => {
    expect(
      codes(
        '近日，省民政厅公布优秀社区工作法遴选结果，青岛市市南区八大峡街道团岛社区“五心”工作法、珠海路街道珠玑社区“六步”工作法入选全省优秀社区工作法。',
      ),
    ).toEqual(['370202', '370202']);
  });

  it('leaves a later entry that writes its own district', () => {
    expect(
      codes(
        '近日，省民政厅公布优秀社区工作法遴选结果，青岛市市南区八大峡街道团岛社区“五心”工作法、李沧区振华路街道永平路社区“六步”工作法入选全省优秀社区工作法。',
      ),
    ).toEqual(['370202', '370213']);
  });

  it('places the entries after another written district in that district, not the first', () => {
    expect(
      codes(
        '近日，省民政厅公布优秀社区工作法遴选结果，青岛市市南区八大峡街道团岛社区“五心”工作法、珠海路街道珠玑社区“六步”工作法、李沧区振华路街道永平路社区“三联”工作法、兴华路街道兴华社区“四送”工作法入选全省优秀社区工作法。',
      ),
    ).toEqual(['370202', '370202', '370213', '370213']);
  });
});
