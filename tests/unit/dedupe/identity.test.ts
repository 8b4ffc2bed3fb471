/**
 * Identity per kind, the first rule of matching: a zone is (programme, batch, unit) with
 * renamed and re-coded units followed to today's codes, an observation point (programme,
 * unit), a case (programme or year, unit, titles alike or absent); the same unit in another
 * programme or batch is never the same record. And the review proposes a zone without a
 * title by identity, saying so.
 */
import { describe, expect, it } from 'vitest';
import { findDuplicateCandidates } from '../../../src/main/core/dedupe/find-duplicates';
import { gazetteerRegions } from '../../../src/main/core/dedupe/gazetteer-regions';
import {
  findIdentity,
  programmeCore,
  titlesAlike,
  type IdentityRecord,
} from '../../../src/main/core/dedupe/identity';

const regions = gazetteerRegions();
const NATIONAL = '全国社区治理和服务创新实验区';
const rec = (over: Partial<IdentityRecord> & { id: number }): IdentityRecord => ({
  kind: 'zone',
  programme: NATIONAL,
  year: 2019,
  batch: null,
  regionCode: null,
  unitCode: null,
  town: null,
  unit: null,
  regionText: null,
  title: null,
  ...over,
});

describe('identity per kind', () => {
  const jianggan = rec({
    id: 1,
    regionCode: '330104',
    unitCode: '330104',
    regionText: '浙江省杭州市江干区',
  });
  const chongchuan = rec({
    id: 2,
    regionCode: '320602',
    unitCode: '320602',
    regionText: '南通市崇川区',
  });

  it('finds a renamed or re-coded zone of the same programme, and says why', () => {
    const shangcheng = rec({
      id: 0,
      year: 2021,
      regionCode: '330102',
      unitCode: '330102',
      regionText: '杭州市上城区（原江干区）',
    });
    const m = findIdentity(shangcheng, [jianggan, chongchuan], regions)!;
    expect(m.id).toBe(1);
    expect(m.renamed).toBe(true);
    expect(m.reason).toMatch(/^身份相同：同一项目/);
    expect(m.reason).toContain('区划已变更');
    const recoded = rec({ id: 0, regionCode: '320613', unitCode: '320613' });
    expect(findIdentity(recoded, [jianggan, chongchuan], regions)?.id).toBe(2);
  });

  it('never joins another programme or another batch', () => {
    const provincial = rec({
      id: 0,
      programme: '浙江省社区治理和服务创新实验区',
      regionCode: '330104',
      unitCode: '330104',
    });
    expect(findIdentity(provincial, [jianggan], regions)).toBeNull();
    const b1 = rec({ id: 3, batch: '第一批', regionCode: '320602', unitCode: '320602' });
    const b2 = rec({ id: 0, batch: '第二批', regionCode: '320602', unitCode: '320602' });
    expect(findIdentity(b2, [b1], regions)).toBeNull();
    // a notice silent on the batch joins the batch it can be: the one written alike first
    const b1again = rec({ id: 0, batch: '第一批', regionCode: '320602', unitCode: '320602' });
    expect(findIdentity(b1again, [chongchuan, b1], regions)?.id).toBe(3);
  });

  it('takes 首批 for the 第一批 a later notice numbers, never for the 第二批', () => {
    const first = rec({ id: 4, batch: '第一批', regionCode: '320602', unitCode: '320602' });
    const head = rec({ id: 0, batch: '首批', regionCode: '320602', unitCode: '320602' });
    expect(findIdentity(head, [first], regions)?.id).toBe(4);
    const second = rec({ id: 6, batch: '第二批', regionCode: '320602', unitCode: '320602' });
    expect(findIdentity(head, [second], regions)).toBeNull();
  });

  it('matches a case by unit and a cut or absent title, not another case of the unit', () => {
    const c = rec({
      id: 5,
      kind: 'case',
      programme: '典型案例',
      year: 2021,
      regionCode: '320211',
      unitCode: '320211',
      title: '“党建+网格+大数据”推动基层治理创新',
    });
    const cut = rec({
      id: 0,
      kind: 'case',
      programme: null,
      year: 2021,
      regionCode: '320211',
      unitCode: '320211',
      title: '“党建+网格+大数据”推动基层',
    });
    expect(findIdentity(cut, [c], regions)?.id).toBe(5);
    const other = { ...cut, title: '老年人助餐服务全覆盖' };
    expect(findIdentity(other, [c], regions)).toBeNull();
    expect(titlesAlike(null, '任何标题')).toBe(true);
  });

  it('reads the programme a notice writes with its unit’s place in front', () => {
    expect(programmeCore('宣恩县社区治理和服务创新实验区')).toBe('社区治理和服务创新实验区');
    expect(programmeCore('湖北省社区治理和服务创新实验区')).toBe('社区治理和服务创新实验区');
    expect(programmeCore(NATIONAL)).toBeNull();
  });

  it('proposes a zone without a title in review by identity, never a titled zone of another batch', () => {
    const found = findDuplicateCandidates(
      [
        {
          id: 1,
          kind: 'zone',
          programme: NATIONAL,
          year: 2019,
          batch: '第四批',
          regionCode: '330104',
          unitCode: '330104',
          town: null,
          title: '以“大党委”引领…',
        },
        {
          id: 2,
          kind: 'zone',
          programme: NATIONAL,
          year: 2019,
          batch: '第四批',
          regionCode: '330102',
          unitCode: '330102',
          town: null,
          title: null,
        },
        {
          id: 3,
          kind: 'zone',
          programme: NATIONAL,
          year: 2015,
          batch: '第二批',
          regionCode: '330102',
          unitCode: '330102',
          town: null,
          title: '另一个主题',
        },
      ],
      { regions },
    );
    const pair = found.groups.find((g) => g.recordIds.includes(1) && g.recordIds.includes(2))!;
    expect(pair.score).toBe(1);
    expect(pair.reasons[0]).toMatch(/^身份相同/);
    expect(found.groups.some((g) => g.recordIds.includes(3))).toBe(false);
  });
});
