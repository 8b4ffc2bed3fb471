/**
 * A county's leisure-farm points told by their first unit after the county ("连江县永大农业园等
 * 8个示范点监测合格", "连江县陶源农家山庄等6个…不合格"): a farm park, an estate or a farmstead
 * (农业园, 生态园, 农庄, 山庄, 庄园, 农场) is a site named after its place, its own name the title,
 * 农家 a word of it as 国家 is. A step finished before the clause naming them ("实地走访并征求…
 * 意见后，") is how they were checked, not a visit's stops. Controls: a visit's stops stay passing
 * mentions, and a farm word with no name of its own is no title.
 */
import { describe, expect, it } from 'vitest';
import { namedAttraction } from '../../../src/main/core/import/extract/named-sites';
import { readResolved } from './helpers';

const HEAD = '休闲农业示范点监测结果公示\n';

describe('farm points after their county', () => {
  it('are entries at the county, their names the titles', () => {
    const { n, codes } = readResolved(
      HEAD +
        '经核查,连江县永大农业园等8个示范点监测合格,保留县级示范点资格,' +
        '连江县陶源农家山庄等6个示范点监测不合格,取消县级示范点资格。\n',
    );
    expect(codes).toEqual(['350122', '350122']);
    expect(n.records.map((r) => r.title)).toEqual(['永大农业园', '陶源农家山庄']);
    expect(n.records[1]?.outcome?.status).toBe('已撤销');
  });

  it('after a step finished before them, still a list', () => {
    const { codes } = readResolved(
      HEAD +
        '对县级示范点开展监测工作,经核查,实地走访并征求相关部门意见后,' +
        '连江县永大农业园等8个示范点监测合格,保留县级示范点资格。\n',
    );
    expect(codes).toEqual(['350122']);
  });

  it('a visit to places stays a passing mention', () => {
    const { n } = readResolved(
      HEAD + '调研组实地走访了连江县永大农业园、罗源县某某山庄和闽侯县某某农场。\n',
    );
    expect(n.records).toEqual([]);
  });

  it('a farm word with no name of its own is no named site', () => {
    expect(namedAttraction('永大农业园')).toBe(true);
    expect(namedAttraction('陶源农家山庄')).toBe(true);
    expect(namedAttraction('农庄')).toBe(false);
    expect(namedAttraction('国家农业园')).toBe(false);
  });
});
