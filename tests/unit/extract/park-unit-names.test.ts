/**
 * A park named after its place and the programme: written one per line under the list's heading
 * ("修文县国家农村产业融合发展示范园" under "…示范园名单"), the line is the place's unit of the
 * heading's programme; written as the first of a counted group ("同意将某村农村产业融合发展示范园
 * 等100个单位认定为…"), the unit's name is an aside between the place and its count.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const regions = (text: string) => readResolved(text).n.records.map((r) => r.regionText);

describe('parks named after their place and the programme', () => {
  it('reads lines of a place and the heading programme as the places', () => {
    const text = [
      '第二批国家农村产业融合发展示范园名单',
      '',
      '修文县国家农村产业融合发展示范园',
      '绥阳县国家农村产业融合发展示范园',
      '龙里县国家农村产业融合发展示范园',
    ].join('\n');
    expect(regions(text)).toEqual(['修文县', '绥阳县', '龙里县']);
  });

  it('leaves lines naming another programme than the heading unread (control)', () => {
    const text = [
      '第二批国家农村产业融合发展示范园名单',
      '',
      '修文县农业示范园',
      '绥阳县农业示范园',
      '龙里县农业示范园',
    ].join('\n');
    expect(regions(text)).toEqual([]);
  });

  it('reads the first unit of a counted group named by its park', () => {
    const text = [
      '关于印发首批国家农村产业融合发展示范园名单的通知',
      '',
      '经研究，同意将北京市房山区窦店镇窦店村农村产业融合发展示范园等100个单位认定为首批国家农村' +
        '产业融合发展示范园。现将示范园名单予以公布。',
    ].join('\n');
    expect(regions(text)).toEqual(['北京市房山区窦店镇窦店村']);
  });

  it('leaves a park doing something a sentence about it (control)', () => {
    const text = [
      '关于印发首批国家农村产业融合发展示范园名单的通知',
      '',
      '经研究，北京市房山区窦店镇窦店村农村产业融合发展示范园建设成效明显，各地要学习借鉴。',
    ].join('\n');
    expect(regions(text)).toEqual([]);
  });
});
