/**
 * A notice naming its own new entries and then retelling the others its place already holds
 * ("其他11个国家已认定…示范县分别为A、B…") lists only the new ones: the retold run is from
 * earlier batches. Control: a run introduced as this notice's others (其他3个分别为…, nothing
 * saying they were already recognised) stays.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD =
  '近日，农业农村部公布全国第五批某某示范县，我省5地榜上有名。据了解，我省景泰县、宁县、' +
  '安定区、永昌县、灵台县等5县被认定为全国第五批某某示范县。';

describe('others a place already holds, retold', () => {
  it('drops the run of others already recognised', () => {
    const { codes } = readResolved(
      LEAD +
        '至此，甘肃已有8个县被国家认定为某某示范县。其他3个国家已认定某某示范县（市、区）' +
        '分别为山丹县、肃州区、民勤县。',
    );
    expect(codes).toEqual(['620423', '621026', '621102', '620321', '620822']);
  });

  it("keeps a run of this notice's others (control)", () => {
    const { codes } = readResolved(
      '近日，农业农村部公布全国第五批某某示范县，我省5地榜上有名。其中景泰县、宁县被认定为' +
        '全国第五批某某示范县，其他3个分别为山丹县、肃州区、民勤县。',
    );
    expect(codes).toEqual(['620423', '621026', '620725', '620902', '620621']);
  });

  it('keeps the others this notice deals with otherwise (control)', () => {
    const { codes } = readResolved(LEAD + '其余2个已限期整改的县分别为山丹县、肃州区。');
    expect(codes).toEqual(['620423', '621026', '621102', '620321', '620822', '620725', '620902']);
  });
});
