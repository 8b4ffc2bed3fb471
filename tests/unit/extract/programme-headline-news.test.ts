/**
 * A headline telling that a list is out ("第三批…示范区出炉", "…试点名单出炉", "…名单揭晓")
 * names the programme without its news: 出炉 and 揭晓 are no part of the name.
 */
import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a headline’s closing news after the programme', () => {
  it('is cut from the name', () => {
    expect(cleanProgramme('全国城市一刻钟便民生活圈试点名单出炉', null)?.name).toBe(
      '全国城市一刻钟便民生活圈试点',
    );
    expect(listName('第三批国家公共文化服务体系示范区出炉')?.name).toBe(
      '国家公共文化服务体系示范区',
    );
    expect(listName('2023年度全国学雷锋志愿服务先进典型名单正式揭晓')?.name).toBe(
      '全国学雷锋志愿服务先进典型',
    );
  });

  it('a news item under such a headline lists its units in the programme alone', () => {
    const { n } = readResolved(
      [
        '第三批国家公共文化服务体系示范区出炉',
        '某某网北京3月12日电 近日，有关部门下发通知。北京市海淀区等30个市（区）被列入第三批国家公共文化服务体系示范区名单。',
        '第三批国家公共文化服务体系示范区名单示范区名称分别为：北京市海淀区、天津市北辰区、河北省沧州市、山西省晋中市。',
      ].join('\n'),
    );
    expect(n.records.length).toBeGreaterThan(0);
    for (const r of n.records) expect(r.programme).toBe('国家公共文化服务体系示范区');
  });
});
