/**
 * A copy that stops inside the last name of a prose enumeration ("…、某市某区龙" ending the
 * paragraph, no sentence end): the names before are the list's entries, and the cut one too,
 * placed where its written place puts it and flagged as cut.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '湖南省示范社区创建名单';
const LEAD =
  '记者从省民政厅获悉，湖南省长沙市岳麓区望岳街道银杉社区等30个社区入选今年的示范社区创建名单。';
const LIST =
  '湖南省2024—2025年示范社区创建名单包括长沙市岳麓区望岳街道银杉社区、长沙市天心区坡子街街道青山社区、株洲市天元区嵩山路街道泰山社区';

describe('an enumeration cut by the copy inside its last name', () => {
  it('keeps the names before it and the cut one at its place', () => {
    const { codes, warned } = readResolved(
      [HEAD, LEAD, `${LIST}、湘潭市岳塘区洗`, '版权所有　某某网'].join('\n'),
    );
    expect(codes).toEqual(['430104', '430103', '430211', '430304']);
    expect(warned).toContain('truncated_item');
  });

  it('reads a name closed by the sentence as it always did', () => {
    const { codes, warned } = readResolved([HEAD, LEAD, `${LIST}。`].join('\n'));
    expect(codes).toEqual(['430104', '430103', '430211']);
    expect(warned).not.toContain('truncated_item');
  });

  it('takes no line that is one cut name alone under a heading', () => {
    const { codes, warned } = readResolved(
      [
        HEAD,
        '一、湖南省（3个）',
        '长沙市岳麓区望岳街道',
        '长沙市天心区坡子街街道',
        '二、湖北省（2个）',
        '武汉市江岸区建',
      ].join('\n'),
    );
    expect(warned).not.toContain('truncated_item');
    expect(codes).not.toContain('420102');
  });
});
