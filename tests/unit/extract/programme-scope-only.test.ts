/**
 * A scope word and a generic honour word only ("入选国家试点", "国家级实验区") give a programme's level, not its
 * name: the name is taken from where the notice writes it in full.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { txtDoc } from './helpers';

describe('a programme written only by its level', () => {
  it('names no programme', () => {
    expect(cleanProgramme('国家试点', null)).toBeNull();
    expect(cleanProgramme('省级示范单位', null)).toBeNull();
    expect(cleanProgramme('全国社区教育试点', null)?.name).toBe('全国社区教育试点');
  });

  it('leaves the name the headline writes in full', () => {
    const m = extractNotice(
      txtDoc(
        [
          '六部门公布了全国88个智慧社区建设试点名单',
          '日前，六部门公布了全国88个智慧社区建设试点名单，青禾县东坡社区、柳岸社区入选国家试点，占全省入选总数的一半。',
        ].join('\n'),
      ),
      { fileName: 't' },
    ).metadata;
    expect(m.programme).toContain('智慧社区建设试点');
  });
});

describe('a zone written only by its level', () => {
  it('names no programme: 国家级实验区 counts the zones of every national programme', () => {
    expect(cleanProgramme('全国共创建国家级实验区', null)).toBeNull();
    expect(cleanProgramme('省级试验区', null)).toBeNull();
    // The control: a zone programme with its own words keeps its level word.
    expect(cleanProgramme('国家级婚俗改革实验区', null)?.name).toBe('国家级婚俗改革实验区');
  });

  it('leaves the records the name the report writes in full', () => {
    const ex = extractNotice(
      txtDoc(
        [
          '2014年度国家可持续发展实验区工作报告',
          '1986年以来，全国共创建国家级实验区160个，由于天津市大港区、重庆市万州区因行政区划调整，不再作为国家可持续发展实验区，因此目前实际数量为157个。',
        ].join('\n'),
      ),
      { fileName: 't', regions: gazetteerRegionLookup() },
    );
    expect(ex.records.length).toBeGreaterThan(0);
    for (const r of ex.records) expect(r.programme).toBe('国家可持续发展实验区');
  });
});

describe('a batch word inside a programme name', () => {
  it('is the batch: the words before it stay the name, a verb after it does not cut it', () => {
    const p = cleanProgramme('某部近日确定10个地区作为邻里服务圈首批整体推进示范试点', null);
    expect(p?.name).toBe('邻里服务圈整体推进示范试点');
    expect(p?.batch).toBe('首批');
    expect(cleanProgramme('邻里服务圈第二批整体推进示范试点名单', null)?.name).toBe(
      '邻里服务圈整体推进示范试点',
    );
  });

  it('leaves a place or an organ before the batch out of the name', () => {
    expect(cleanProgramme('青禾市首批社区服务试点', null)?.name).toBe('社区服务试点');
    expect(cleanProgramme('入选某某部首批确立的社区教育示范地区', null)?.name).toBe(
      '社区教育示范地区',
    );
  });
});
