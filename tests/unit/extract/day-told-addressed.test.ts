/**
 * An organ's own document addressed to its recipients may cite what another organ announced the
 * day before (各区民政局：昨日，民政部宣布确认…。现将有关事项通知如下): the day word is the
 * writer's, but the page is the document acting on it, no reporter's story.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { tellsDayAnnouncement } from '../../../src/main/core/import/extract/day-told-announcement';

describe('a day-told announcement cited after the recipients line', () => {
  it('leaves the addressed document the organ’s own', () => {
    const { n } = readResolved(
      [
        '关于做好全国农村社区治理实验区工作的通知',
        '各区民政局：',
        '昨日，民政部宣布确认我市江宁区、浦口区为全国农村社区治理实验区。现将有关事项通知如下：',
        '一、江宁区、浦口区要制定实验方案。',
        '南京市民政局',
        '2017年12月5日',
      ].join('\n'),
    );
    expect(n.metadata.role).not.toBe('news');
    expect(tellsDayAnnouncement('各区民政局：\n昨日，民政部宣布确认我市江宁区为实验区。')).toBe(
      false,
    );
  });

  it('a story with no recipients line is still news', () => {
    expect(tellsDayAnnouncement('本报讯\n昨日，民政部宣布确认我市江宁区为实验区。')).toBe(true);
  });
});
