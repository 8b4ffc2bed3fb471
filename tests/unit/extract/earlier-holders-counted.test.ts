/**
 * A story retelling who already holds an honour names the places and counts them by a word
 * of place or level ("此前，A、B、C三地已获此称号", "A、B、C三县被评为…"): the places are
 * entries, a count that disagrees is said, and a place named before in another form is no
 * second record. Composed in other words and places than any notice read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '又有一批县入选历史文化名县';

describe('places counted as places (三地) before the honour they already hold', () => {
  it('are entries', () => {
    const { codes, warned } = readResolved(
      [HEAD, '此前，浙江省松阳县、遂昌县、缙云县三地已获此称号。'].join('\n'),
    );
    expect(codes).toEqual(['331124', '331123', '331122']);
    expect(warned).toEqual([]);
  });

  it('are entries with no count, the honour pointed back to (已获此称号)', () => {
    const { codes } = readResolved([HEAD, '此前，浙江省松阳县、遂昌县已获此称号。'].join('\n'));
    expect(codes).toEqual(['331124', '331123']);
  });

  it('are said when the count disagrees', () => {
    const { codes, warned } = readResolved(
      [HEAD, '此前，浙江省松阳县、遂昌县、缙云县两地已获此称号。'].join('\n'),
    );
    expect(codes).toEqual(['331124', '331123', '331122']);
    expect(warned).toContain('count_mismatch');
  });

  it('are no entries when a story of a later batch retells an earlier batch (已有…3地入选)', () => {
    const { codes } = readResolved(
      [
        '丽水两地入选第二批生态旅游示范县',
        '近日，第二批生态旅游示范县名单公布，浙江省丽水市龙泉市、丽水市庆元县入选。早在2019年，在首批名单中，浙江已有松阳县、遂昌县、缙云县3地入选。',
      ].join('\n'),
    );
    expect(codes).not.toContain('331124');
    expect(codes).not.toContain('331122');
  });

  it('are entries as examples of a counted list (某市等17地列为…)', () => {
    const { codes } = readResolved(
      [
        '龙泉等17地列为第二批生态旅游示范县',
        '近日，浙江省衢州市江山市、湖南省长沙市望城区等17个单位被确认为第二批生态旅游示范县。',
      ].join('\n'),
    );
    expect(codes).toContain('331181');
  });

  it('name no programme of their own by the pointing-back 此称号', () => {
    const { n } = readResolved([HEAD, '此前，浙江省松阳县、遂昌县已获此称号。'].join('\n'));
    expect(n.records.filter((r) => /此/.test(r.programme ?? ''))).toEqual([]);
  });
});

describe('places counted by their level word (三县) before the verb', () => {
  it('the count is no part of the last place', () => {
    const { n, codes, warned } = readResolved(
      [HEAD, '浙江省松阳县、遂昌县、缙云县三县被评为历史文化名县。'].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['浙江省松阳县', '遂昌县', '缙云县']);
    expect(codes).toEqual(['331124', '331123', '331122']);
    expect(warned).toEqual([]);
  });
});

describe('a county named again in another form', () => {
  it('is one record, the listed mention kept', () => {
    const { n, codes } = readResolved(
      [
        HEAD,
        '浙江省松阳县、遂昌县入选第二批历史文化名县。',
        '此前，浙江省丽水青田、丽水松阳两地已获此称号。',
      ].join('\n'),
    );
    expect(codes).toEqual(['331124', '331123', '331121']);
    expect(n.records[0]!.programme).toBe('历史文化名县');
  });
});

describe('two counties of one name', () => {
  it('in two provinces are two records', () => {
    const { codes } = readResolved(
      [
        '民政部试点地区名单',
        '北京市：东城区、朝阳区',
        '辽宁省：沈阳市沈河区',
        '吉林省：长春市朝阳区',
        '黑龙江省：大庆市让胡路区',
      ].join('\n'),
    );
    expect(codes).toEqual(['110101', '110105', '210103', '220104', '230604']);
  });
});
