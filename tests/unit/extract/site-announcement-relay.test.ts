/**
 * A page passing on an organ's announcement from its site ("据文化和旅游部官方网站公告，…") is
 * news, even when it quotes the announcement whole after its lead; the organ's own announcement,
 * citing what it acts on with 根据, is still the document.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { relaysSiteAnnouncement } from '../../../src/main/core/import/extract/site-announcement-relay';

const ANNOUNCEMENT = [
  '根据5A级旅游景区年度复核结果，文化和旅游部决定，对复核检查严重不达标的2家5A级旅游景区处理如下：',
  '（一）给予山西省晋中市乔家大院景区取消旅游景区质量等级处理；',
  '（二）给予辽宁省沈阳市沈阳植物园景区通报批评责令整改处理，限期3个月。',
  '现予公告。',
  '文化和旅游部',
  '2019年7月31日',
].join('\n');

const role = (text: string) => readResolved(text).n.metadata.role;

describe('a page relaying an announcement from the organ’s site', () => {
  it('is news, though it quotes the announcement whole', () => {
    const text =
      '据文化和旅游部官方网站公告，文化和旅游部对复核检查严重不达标的2家5A级旅游景区给予处理。\n公告全文\n' +
      ANNOUNCEMENT;
    expect(role(text)).toBe('news');
  });

  it('leaves the organ’s own announcement its role', () => {
    expect(role(ANNOUNCEMENT)).not.toBe('news');
  });

  it('leaves an organ’s own notice to its recipients, acting on an announcement it read', () => {
    const text =
      '关于加强旅游景区质量管理的通知\n各乡镇（街道）、县直各单位：\n' +
      '据省文化和旅游厅官方网站公告，我县某某景区被取消4A级旅游景区质量等级。为举一反三，现将有关事项通知如下：\n' +
      '一、开展自查\n各景区要全面开展自查。\n某县文化和旅游局\n2021年3月1日\n';
    expect(role(text)).not.toBe('news');
  });

  it('reads the relay’s lead and nothing else', () => {
    expect(relaysSiteAnnouncement('据某局官网通报，近日…')).toBe(true);
    expect(relaysSiteAnnouncement('根据文化和旅游部官方网站公告，现将有关事项通知如下')).toBe(
      false,
    );
    expect(relaysSiteAnnouncement('据了解，省旅游局决定撤销…')).toBe(false);
  });
});
