/**
 * Look-alikes of a naming's close and of an acceptance told as held, from a creation list's own
 * notice: "创建期满后交通运输部组织验收，对验收合格的命名为…示范县" names nobody yet (the creation
 * units have not passed), "完成了三年创建任务的示范创建县将于2025年6月底前接受…验收" is an
 * acceptance still owed, and a naming page whose county "以创建全国文明城市为契机" created toward
 * another title tells no creation of the title named.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '交通运输部关于公布第二批城乡交通运输一体化示范创建县名单的通知\n';

describe('a naming only promised to the creation units', () => {
  it('gives the creation list no acceptance', () => {
    const { n } = readResolved(
      HEAD +
        '经县级申请、省级推荐，确定以下县为第二批城乡交通运输一体化示范创建县。创建期为2年，创建期满后交通运输部组织验收，对验收合格的命名为城乡交通运输一体化示范县。\n' +
        '附件：第二批城乡交通运输一体化示范创建县名单\n北京市通州区\n天津市蓟州区\n河北省涉县\n',
    );
    expect(n.records.map((r) => r.outcome?.status)).toEqual([undefined, undefined, undefined]);
  });

  it('control: a naming of the units that passed still closes their creation', () => {
    const { n } = readResolved(
      '交通运输部关于命名北京市通州区等2个县(市、区)城乡交通运输一体化示范县的通知\n' +
        '交通运输部组织开展了第二批城乡交通运输一体化示范创建县验收工作。对验收合格的北京市通州区、天津市蓟州区予以命名,决定命名北京市通州区、天津市蓟州区为城乡交通运输一体化示范县。\n',
    );
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收', '已验收']);
  });
});

describe('an acceptance the creation units are still to take', () => {
  it('binds them, though a clause before it tells work done', () => {
    const { n } = readResolved(
      HEAD + '完成了三年创建任务的示范创建县将于2025年6月底前接受交通运输部验收。\n',
    );
    expect(n.rules.map((r) => r.kind)).toContain('acceptance');
  });
});

describe('a creation toward another title', () => {
  it('is no creation of the title named', () => {
    const { n } = readResolved(
      '生态环境部关于命名第七批国家生态文明建设示范区的通知\n决定命名北京市延庆区、天津市蓟州区为国家生态文明建设示范县。\n蓟州区以创建全国文明城市为契机，推进生态建设。\n',
    );
    expect(n.records.map((r) => r.outcome?.status)).toEqual([undefined, undefined]);
  });
});

describe('a naming of the units that passed', () => {
  it('control: a naming “对验收合格的，命名A、B为…” names its units', () => {
    const { n } = readResolved(
      '交通运输部关于命名北京市通州区等2个县(市、区)城乡交通运输一体化示范县的通知\n' +
        '交通运输部组织开展了第二批城乡交通运输一体化示范创建县验收工作。对验收合格的,命名北京市通州区、天津市蓟州区为城乡交通运输一体化示范县。\n',
    );
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收', '已验收']);
  });
});
