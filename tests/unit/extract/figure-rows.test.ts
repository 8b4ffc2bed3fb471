/**
 * A table of figures lists no unit (figure-rows.ts): statistics by province, an indicator
 * quarterly. A list of units with a figure each, with a word beside its figures, or with its label
 * column headed by what it names (村落名称, 县(市、区)), still lists.
 * Composed tables; the provinces, counties and figures are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const title = '2018年各地区民族医医院的机构、床位增减情况\n';

describe('a table of figures by province', () => {
  it('lists nothing: each province is followed by figures only', () => {
    const { n } = readResolved(
      title +
        '\t机构数(个)\t\t\t\t床位数(张)\t\t\t\n' +
        '\t2017年\t2018年\t增减数\t增减(%)\t2017年\t2018年\t增减数\t增减(%)\n' +
        '全 国 总 计\t284\t312\t28\t9.86\t33,460\t38,917\t5,457\t16.31\n' +
        '北 京 市\t2\t2\t0\t0.00\t180\t180\t-\t0.00\n' +
        '内蒙古自治区\t77\t95\t18\t23.38\t11,883\t16,577\t4,694\t39.50\n' +
        '四 川 省\t32\t35\t3\t9.38\t1,372\t1,565\t193\t14.\n',
    );
    expect(n.records).toEqual([]);
  });

  it('lists nothing where a PDF row swallowed the next (北 京 市内蒙古 | 2 77)', () => {
    const { n } = readResolved(
      title +
        '全 国 总 计\t284\t312\t28\t9.86\t33,460\t38,917\t5,457\t16.31\n' +
        '北 京 市内蒙古\t2 77\t2 95\t0 18\t0.00 23.38\t180 11,883\t180 16,577\t- 4,694\t0.00 39.50\n' +
        '自治区\n' +
        '辽 宁 省\t1\t1\t0\t0.00\t300\t300\t-\t0.00\n',
    );
    expect(n.records).toEqual([]);
  });
});

describe('a table of figures by a labelled column', () => {
  it('lists nothing when its labels are headed 地区', () => {
    const { n } = readResolved(
      '2018年各地区养老机构床位情况\n' +
        '地区\t2017年\t2018年\t增减数\n' +
        '北京市\t180\t200\t20\n' +
        '内蒙古自治区\t11,883\t16,577\t4,694\n' +
        '四川省\t1,372\t1,565\t193\n',
    );
    expect(n.records).toEqual([]);
  });
});

describe('an indicator table', () => {
  it('lists nothing: each indicator has its measure word and its figure', () => {
    const { n } = readResolved(
      '民政事业统计季报表\n2020年3月\n' +
        '指标名称\t单位\t数量\n' +
        '一、综合\t\t\n' +
        '乡镇级合计\t个\t1,407\n' +
        '3.民族乡\t个\t140\n' +
        '6.街道\t个\t188\n' +
        '(1)最低生活保障\t万元\t265,648.9\n',
    );
    expect(n.records).toEqual([]);
  });
});

describe('lists of units with figures', () => {
  it('still lists units numbered before their names, each with its figures', () => {
    const { codes } = readResolved(
      '关于公布第二批省级示范县名单的通知\n' +
        '序号\t县(市、区)\t得分\t排名\t名次\n' +
        '1\t惠安县\t96\t1\t1\n' +
        '2\t仙游县\t95\t2\t2\n' +
        '3\t邵武市\t94\t3\t3\n',
    );
    expect(codes).toEqual(['350521', '350322', '350781']);
  });

  it('still lists units with one grant each (单位 | 补助资金)', () => {
    const { codes } = readResolved(
      '关于下达示范村建设补助资金的通知\n' +
        '单位\t补助资金(万元)\n' +
        '惠安县螺城镇海门村\t15\n' +
        '惠安县东岭镇东岭村\t20\n' +
        '仙游县榜头镇坝下村\t10\n',
    );
    expect(codes).toEqual(['350521', '350521', '350322']);
  });

  it('still lists villages headed by their name column, each with area, households and people', () => {
    const { codes } = readResolved(
      '关于公布第五批省级传统村落名单的通知\n' +
        '村落名称\t面积(公顷)\t户数\t人口\n' +
        '惠安县螺城镇海门村\t12.5\t320\t1,200\n' +
        '惠安县东岭镇东岭村\t20.1\t410\t1,650\n' +
        '仙游县榜头镇坝下村\t8.3\t150\t600\n',
    );
    expect(codes).toEqual(['350521', '350521', '350322']);
  });

  it('still lists counties headed 县(市、区), each with three scores', () => {
    const { codes } = readResolved(
      '关于省级示范县评估结果的通报\n' +
        '县(市、区)\t自评得分\t复核得分\t综合得分\n' +
        '惠安县\t96\t95\t95.5\n' +
        '仙游县\t94\t93\t93.5\n' +
        '邵武市\t92\t90\t91\n',
    );
    expect(codes).toEqual(['350521', '350322', '350781']);
  });

  it('still lists the zones a grant goes to, its measure word in a column (实验区 | 补助资金 | 单位)', () => {
    const { codes } = readResolved(
      '关于下达社区治理和服务创新实验区补助资金的通知\n' +
        '实验区\t补助资金\t单位\n' +
        '惠安县\t300\t万元\n' +
        '仙游县\t200\t万元\n' +
        '邵武市\t250\t万元\n',
    );
    expect(codes).toEqual(['350521', '350322', '350781']);
  });

  it('still lists units with a grade and a score', () => {
    const { codes } = readResolved(
      '关于公布星级社区名单的通知\n' +
        '社区\t等级\t得分\n' +
        '惠安县螺城镇海门社区\t五星\t96\n' +
        '仙游县榜头镇坝下社区\t四星\t90\n' +
        '邵武市通泰街道新建社区\t四星\t88\n',
    );
    expect(codes).toEqual(['350521', '350322', '350781']);
  });

  it('still lists units whose figures stand beside a word (a grade)', () => {
    const { codes } = readResolved(
      '关于公布养老机构等级评定结果的通知\n' +
        '机构名称\t床位数\t入住人数\t员工数\t等级\n' +
        '惠安县社会福利中心\t300\t210\t45\t四级\n' +
        '仙游县社会福利中心\t260\t180\t38\t三级\n' +
        '邵武市社会福利中心\t200\t150\t30\t三级\n',
    );
    expect(codes).toEqual(['350521', '350322', '350781']);
  });
});
