/**
 * Shapes met in provincial and city notices the importer was not written on, each composed
 * here in other words and places: a news headline that sums a list up, a two-row header
 * whose place columns are 区 | 街（镇） | 村（嘎查）, a list heading with its count in
 * brackets, a count stated with the first entry as example in the body while the list sits
 * in an attachment, and an attachment grouped under county labels whose townships run on
 * over indented lines.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (text: string) => readResolved(text);

describe('held-out notice shapes', () => {
  it('a headline of a place and a count of its units is no case heading', () => {
    const { n, codes } = read(
      [
        '湖南兩個鄉鎮入選示範名單',
        '',
        '本報訊 近日，有關部門公佈名單，湖南兩個鄉鎮和三個村入選。',
        '入選示範鄉鎮名單的鄉鎮是：長沙縣果園鎮、瀏陽市大瑤鎮。',
        '入選的示範村包括：寧鄉市花明樓鎮炭子沖村、韶山市韶山鄉韶山村、平江縣加義鎮湖源村。',
        '本次評選由多部門聯合組織。',
      ].join('\n'),
    );
    expect(n.records.every((r) => r.title === '')).toBe(true);
    expect(codes).toEqual(['430121', '430181', '430182', '430382', '430626']);
  });

  it('a two-row header of 区 | 街（镇） | 村（社区）: the place spans the columns, no title', () => {
    const { n, codes } = read(
      [
        '北京市拟推荐示范村（社区）名单',
        '序号\t拟推荐单位\t拟推荐单位\t拟推荐单位\t备注',
        '序号\t区\t街（镇）\t村（社区）\t备注',
        '1\t朝阳区\t高碑店乡\t高井村\t',
        '2\t海淀区\t上庄镇\t李家坟村\t',
      ].join('\n'),
    );
    expect(codes).toEqual(['110105', '110108']);
    expect(n.records.map((r) => r.title)).toEqual(['', '']);
  });

  it('a header of 村（嘎查） is a place column too', () => {
    const { codes } = read(
      [
        '示范村名单（内蒙古3个）',
        '序号\t盟市\t旗（县、区）\t苏木（镇）\t村（嘎查）',
        '1\t赤峰市\t红山区\t文钟镇\t东山村',
        '2\t通辽市\t科尔沁区\t大林镇\t大林村',
      ].join('\n'),
    );
    expect(codes).toEqual(['150402', '150502']);
  });

  it('a list heading counts its entries in brackets: fewer rows are said', () => {
    const { warned } = read(
      [
        '第三批示范村名单（北京5个）',
        '序号\t区\t乡镇\t村',
        '1\t朝阳区\t高碑店乡\t高井村',
        '2\t海淀区\t上庄镇\t李家坟村',
      ].join('\n'),
    );
    expect(warned).toContain('count_mismatch');
  });

  it('a count stated with the first row as example counts the attachment table', () => {
    const { warned } = read(
      [
        '关于拟推荐示范镇村的公示',
        '经评审，拟推荐朝阳区高碑店乡等2个乡镇、海淀区上庄镇李家坟村等40个村申报示范村镇。',
        '附件',
        '一、示范乡镇',
        '序号\t区\t乡镇',
        '1\t朝阳区\t高碑店乡',
        '2\t海淀区\t上庄镇',
        '二、示范村',
        '序号\t区\t乡镇\t村',
        '1\t海淀区\t上庄镇\t李家坟村',
        '2\t朝阳区\t高碑店乡\t高井村',
      ].join('\n'),
    );
    expect(warned).toContain('count_mismatch');
  });

  it('an attachment under county labels, townships running on over indented lines', () => {
    const { n, codes, warned } = read(
      [
        '福州市人民政府关于命名2012年度福州市文明社区的通知',
        '市政府决定，鼓楼区华大街道北大社区等8个社区为“福州市文明社区”，现予公布。',
        '二○一二年十二月二十日',
        '附件：',
        '2012年度福州市文明社区名单',
        '鼓楼区：华大街道北大社区、屏西社区、湖滨社区',
        '　　　　　东街街道庆城社区、津泰社区',
        '　　　　　南街街道光禄社区',
        '台江区：瀛洲街道西河社区',
        '　　　　　茶亭街道广达社区',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)[0]).toBe('华大街道北大社区');
    expect(codes).toEqual([...Array(6).fill('350102'), '350103', '350103']);
    expect(warned).not.toContain('count_mismatch');
    expect(warned).not.toContain('unread_list');
  });

  it('a story’s headline naming a place and its news is no write-up: the story lists the places', () => {
    const { n, codes } = read(
      [
        '南京市鼓楼区顺利通过实验区验收',
        '',
        '近日从省民政厅获悉，南京市鼓楼区顺利通过验收。目前我省已拥有南京市鼓楼区、苏州市姑苏区，无锡市梁溪区和常州市天宁区4个实验区。',
        '下一步，省民政厅将鼓励更多城区加入实验区行列。（作者：王明 李华）',
      ].join('\n'),
    );
    // Told as hearsay (获悉, a byline): news, though it states an outcome for a named unit.
    expect(n.metadata.role).toBe('news');
    expect(n.records.every((r) => r.title === '')).toBe(true);
    expect(new Set(codes)).toEqual(new Set(['320106', '320508', '320213', '320402']));
  });

  it('county groups with counts are siblings; a label run onto the line before is split off', () => {
    const { codes, warned } = read(
      [
        '第三批市级示范村推荐名单',
        '拟推荐鼓楼区洪山镇洪山村等9家单位为第三批市级示范村（名单附后），现予以公示。',
        '福州市民政局',
        '2020年8月3日',
        '第三批市级示范村推荐名单',
        '鼓楼区（2个）：',
        '洪山镇洪山村、鼓东街道虎节社区',
        '晋安区（2个）：',
        '岳峰镇竹屿村、新店镇赤星村福清市（3个）：',
        '龙田镇东营村、江阴镇田头村、渔溪镇渔溪村',
        '闽侯县（2个）：',
        '上街镇厚美村、竹岐乡竹岐村',
      ].join('\n'),
    );
    expect(codes).toEqual([
      '350102',
      '350102',
      '350111',
      '350111',
      '350181',
      '350181',
      '350181',
      '350121',
      '350121',
    ]);
    expect(warned).not.toContain('count_mismatch');
  });

  it('the body names every unit, a PDF table only its first rows: both kept, the last row’s wrap joined', () => {
    const { n, codes } = read(
      [
        '青海省民政厅关于确认省级社区治理实验区的批复',
        '经评审，同意将西宁市城东区、海东市乐都区、格尔木市、德令哈市等地确认为全省社区治理实验区，实验为期两年。',
        '附件：实验区实验主题',
        '青海省民政厅',
        '2021年5月6日',
        '实验区实验主题',
        '序号\t实验单位\t实验主题',
        '1\t西宁市城东区\t多民族社区共建共治，打造',
        '邻里守望样板',
        '2\t海东市乐都区\t推进乡镇社工站建设，打造服务',
        '体系新格局',
      ].join('\n'),
    );
    expect(new Set(codes)).toEqual(new Set(['630102', '630202', '632801', '632802']));
    expect(n.records.find((r) => r.seq === 2)?.title).toBe(
      '推进乡镇社工站建设，打造服务体系新格局',
    );
    expect(n.metadata.issuer).toBe('青海省民政厅');
  });

  it('one entry per line, one of them cut short after its township: kept and flagged', () => {
    const { codes, warned } = read(
      [
        '北京市拟推荐示范村（社区）名单',
        '经审核，拟推荐以下村（社区），名单如下：',
        '朝阳区高碑店乡高井村',
        '海淀区上庄镇李家坟村',
        '房山区青龙湖镇石',
        '顺义区赵全营镇北郎中村',
      ].join('\n'),
    );
    expect(codes).toEqual(['110105', '110108', '110111', '110113']);
    expect(warned).toContain('truncated_item');
  });
});
