/**
 * A body on a list of honours is the honoured entry, its name its title, so two bodies of one city
 * stay two entries told apart by name; a body beside the areas of a pilot list keeps its name as
 * the unit only (core/import/extract/honoured-body-title.ts).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const entries = (text: string) =>
  readResolved(text).n.records.map((r) => `${r.kind}|${r.regionText ?? ''}|${r.title ?? ''}`);

describe('a body on a list of honours', () => {
  it('titles the honoured bodies of one city by their names', () => {
    const got = entries(
      [
        '民政部授予我省4个全国社会工作人才队伍建设试点示范地区和单位',
        '8月22日，记者从省民政厅获悉，民政部授予我省都江堰市、青羊区、成都市社会救助管理站、成都市第二社会福利院为全国社会工作人才队伍建设试点示范地区和单位。',
      ].join('\n'),
    );
    expect(got).toEqual([
      'other|都江堰市|',
      'other|青羊区|',
      'other|成都市|成都市社会救助管理站',
      'other|成都市|成都市第二社会福利院',
    ]);
  });

  it('leaves a body beside the areas of a pilot list untitled', () => {
    const got = entries(
      [
        '两省多地多单位入选养老服务改革试点',
        '本报讯 记者日前从民政部门获悉，一批养老服务改革试点地区和单位已经确定。',
        '记者日前获悉，石家庄市长安区、河北省康复医院、太原市小店区、山西省救助管理站入选。',
      ].join('\n'),
    );
    expect(got).toContain('other|河北省|');
    expect(got).toContain('other|山西省|');
  });
});
