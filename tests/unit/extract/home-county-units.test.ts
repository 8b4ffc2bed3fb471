/**
 * A page about one county's units that names the county only outside the units' sentence — in
 * its headline, as the outlet or site that posts it, as what 我区 stands for, or in an earlier
 * sentence — and writes its streets and communities bare: each is read in that county when the
 * division list holds it there, before a same-named one elsewhere. A notice naming two counties,
 * a city, or a province has no such home, and a bare name the home county does not hold is
 * never forced into it.
 */
import { describe, expect, it } from 'vitest';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { readResolved } from './helpers';

function placed(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n'));
  const units = resolveRecords(n).resolved.map((r) => r.resolution?.code ?? null);
  return { places: n.records.map((r) => r.regionText), codes, units };
}

describe('bare units of the one county a page names elsewhere', () => {
  it('reads 我区’s bare streets in the district the headline and outlet name', () => {
    const { places, codes } = placed([
      '海曙区两个街道获评省级社区治理示范街道',
      '来源：海曙区融媒体中心 发布时间：2023-05-10',
      '近日，省民政厅公布了第二批省级社区治理示范街道名单，我区鼓楼街道、白云街道榜上有名。',
    ]);
    expect(places).toEqual(['鼓楼街道', '白云街道']);
    expect(codes).toEqual(['330203', '330203']);
  });

  it('reads a headline’s bare street in the district only the site’s name gives', () => {
    const { places, units } = placed([
      '新安街道被评为“全国和谐社区建设示范街道”',
      '2008-03-02 来源：宝安区人民政府网',
      '本报讯 最近，新安街道被评为首批“全国和谐社区建设示范街道”。',
    ]);
    expect(places).toEqual(['新安街道']);
    expect(units).toEqual(['440306017']);
  });

  it('places a community named alike across the country in the home district', () => {
    const { units } = placed([
      '文昌社区获评全省“和谐社区”',
      '来源：海曙区融媒体中心',
      '近日，全省“和谐社区”评选结果揭晓，我区文昌社区获评全省“和谐社区”。',
    ]);
    expect(units).toEqual(['330203005004']);
  });

  it('reads a street in the district an earlier sentence names', () => {
    const { codes } = placed([
      '白云街道获评省级社区治理示范街道',
      '近日，海曙区召开基层治理工作推进会。',
      '会上通报，白云街道被省民政厅命名为省级社区治理示范街道。',
    ]);
    expect(codes).toEqual(['330203']);
  });
});

describe('pages with no home county, or a name it does not hold', () => {
  it('keeps the ordinary reading of towns a county label carries', () => {
    // Read the ordinary way (the label 郎溪县 before the kind words carries the county), the
    // home county's own reading is not asked: it would take the run apart at its kind words.
    const { codes } = placed([
      '郎溪县4个村通过省级美丽乡村复核',
      '郎溪县国家级美丽乡村示范村钟桥街道钟西村、省级美丽乡村示范村钟桥街道钟北村、建平镇万全村、建平镇同庆村全部通过复核。',
    ]);
    expect(codes).toEqual(['341821', '341821', '341821', '341821']);
  });

  it('keeps each street of a city’s list in its own district', () => {
    const { codes } = placed([
      '宁波市新增三个省级社区治理示范街道',
      '来源：宁波市民政局',
      '近日，省民政厅公布名单，我市海曙区鼓楼街道、北仑区新碶街道、江北区甬江街道入选。',
    ]);
    expect(codes).toEqual(['330203', '330206', '330205']);
  });

  it('never forces another county’s street into the outlet’s district', () => {
    // 新碶街道 is 北仑区's; 海曙区 holds only a street a character away (石碶街道).
    const { codes } = placed([
      '新碶街道获评省级社区治理示范街道',
      '来源：海曙区融媒体中心',
      '近日，省民政厅公布名单，新碶街道入选省级社区治理示范街道。',
    ]);
    expect(codes).not.toContain('330203');
  });

  it('places nothing when the page names two districts', () => {
    const { codes } = placed([
      '两个街道获评省级社区治理示范街道',
      '来源：海曙区融媒体中心',
      '近日，北仑区召开基层治理工作推进会，会上通报，鼓楼街道、白云街道被省民政厅命名为省级社区治理示范街道。',
    ]);
    expect(codes.filter((c) => c !== null)).toEqual([]);
  });

  it('places nothing in a county under 我市 or a headline naming a province', () => {
    const city = placed([
      '宁波市两个街道获评省级社区治理示范街道',
      '来源：宁波市民政局',
      '近日，省民政厅公布名单，我市鼓楼街道、白云街道被命名为省级社区治理示范街道。',
    ]);
    const province = placed([
      '浙江省两个街道获评全国和谐社区建设示范街道',
      '近日，民政部公布名单，鼓楼街道、白云街道被命名为全国和谐社区建设示范街道。',
    ]);
    expect([...city.codes, ...province.codes].filter((c) => c !== null)).toEqual([]);
  });

  it('makes no home of a county named only as a venue, a visitor’s or an official’s', () => {
    // 余姚市 holds a 白云社区, as many counties do: the meeting's venue is not the units' county.
    const venue = placed([
      '两个社区获评全省和谐社区',
      '近日，全省和谐社区现场会在余姚市举行。',
      '会上，文昌社区、白云社区被命名为全省“和谐社区”。',
    ]);
    const visitors = placed([
      '白云社区获评全省和谐社区',
      '近日，余姚市考察团一行到我县参观学习，实地察看了白云社区。',
      '据悉，白云社区日前被省民政厅命名为全省“和谐社区”。',
    ]);
    const official = placed([
      '全省和谐社区建设推进会召开',
      '近日，全省和谐社区建设推进会召开，余姚市副市长出席并讲话。',
      '会议通报，文昌社区、白云社区被命名为全省“和谐社区”。',
    ]);
    for (const page of [venue, visitors, official])
      expect(page.units.filter((c) => c?.startsWith('330281'))).toEqual([]);
  });
});
