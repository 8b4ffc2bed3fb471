/**
 * A place's share named between a programme and its list ("第一批国家森林乡村汉中入选名单"): the
 * city or province whose units the list holds, no word of the programme's name. A name whose own
 * last words merely end before 名单 keeps them (controls).
 */
import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a place’s share before the list word', () => {
  it('is cut from the programme’s name', () => {
    expect(cleanProgramme('第一批国家森林乡村汉中入选名单', null)?.name).toBe('国家森林乡村');
    expect(listName('第二批国家森林乡村汉中入选名单')?.name).toBe('国家森林乡村');
    expect(cleanProgramme('全国乡村治理示范村四川名单', null)?.name).toBe('全国乡村治理示范村');
  });

  it('control: a name’s own last words stay', () => {
    expect(listName('国家森林乡村名单')?.name).toBe('国家森林乡村');
    expect(listName('全省和谐社区建设示范社区名单')?.name).toBe('全省和谐社区建设示范社区');
    expect(listName('最美朝阳社区名单')?.name).toBe('最美朝阳社区');
  });

  it('a city’s lists under such headings are in the programme alone', () => {
    const { n } = readResolved(
      [
        '汉中这18个村又获得国字号荣誉',
        '近日，国家林业和草原局公布了国家森林乡村名单，汉中市共有18个村被评定为国家森林乡村。',
        '第一批国家森林乡村汉中入选名单',
        '城固县：原公镇青龙寺村、桔园镇郭家山村',
        '留坝县：留侯镇营盘村',
      ].join('\n'),
    );
    expect(n.records.length).toBeGreaterThan(0);
    for (const r of n.records) expect(r.programme).toBe('国家森林乡村');
  });
});
