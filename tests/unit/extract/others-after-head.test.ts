/**
 * A local item leads with its own unit as the batch's head ("某区等5个单位被确认为…") and then
 * lists the others, one fewer than the head counts ("其他4家入选单位为：…"): the head is the
 * list's first entry, not a batch the story cites.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const ITEM = (others: string) =>
  [
    '武侯区被确认为第三批全国社区治理和服务创新实验区',
    '2015-08-20 09:12:00 来源:新华社',
    '民政部近日公布第三批全国社区治理和服务创新实验区,成都市武侯区等5个单位被确认为第三批全国社区治理和服务创新实验区。实验时间为3年。',
    `${others}北京市东城区、天津市和平区、上海市静安区、重庆市渝中区。(记者王明)`,
    '责任编辑:李华',
  ].join('\n');

describe('the head before the others', () => {
  it('is the first entry when the list names the other four of five', () => {
    const { codes } = readResolved(ITEM('其他4家入选单位为:'));
    expect(codes).toEqual(['510107', '110101', '120101', '310106', '500103']);
  });

  it('stays a cited head when the list counts otherwise', () => {
    const { codes } = readResolved(ITEM('其他3家入选单位为:'));
    expect(codes).not.toContain('510107');
  });
});
