/**
 * A programme's contact or observation points named by the bodies they are set up at, in one
 * sentence (contact-point-hosts.ts): after the points' kind and an announcing word, before a verb
 * making them points, or one body before the round's count; each at the place its name opens with.
 * Composed wordings; the places are real.
 */
import { describe, expect, it } from 'vitest';
import { detectContactPointHosts } from '../../../src/main/core/import/extract/contact-point-hosts';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

const lookup = gazetteerRegionLookup();
const read = (text: string) => detectContactPointHosts(keyText(text), lookup, new Set());
const entries = (text: string) =>
  read(text).flatMap((l) => l.items.map((it) => `${it.regionText}|${it.unit}|${it.title}`));

describe('bodies announced after the points’ kind', () => {
  const text =
    '此次将增设4个基层立法联系点,包括:内蒙古自治区鄂尔多斯市人大常委会、辽宁省大连市西岗区人民广场街道办事处、北大荒集团黑龙江尖山农场有限公司、新疆维吾尔自治区伊宁县胡地亚于孜镇人大主席团。';

  it('reads each organ at its place, its name the unit, and a company no place opens by its name', () => {
    expect(entries(text)).toEqual([
      '内蒙古自治区鄂尔多斯市|内蒙古自治区鄂尔多斯市人大常委会|',
      '辽宁省大连市西岗区人民广场街道|辽宁省大连市西岗区人民广场街道办事处|',
      '|北大荒集团黑龙江尖山农场有限公司|北大荒集团黑龙江尖山农场有限公司',
      '新疆维吾尔自治区伊宁县|新疆维吾尔自治区伊宁县胡地亚于孜镇人大主席团|',
    ]);
  });

  it('places them as the importer resolves them, organs after their places kept', () => {
    const { n, codes } = readResolved(`我国将增设基层立法联系点\n${text}\n`);
    expect(n.records.map((r) => r.kind)).toEqual(Array(4).fill('observation'));
    expect(codes).toEqual(['150600', '210203', null, '654021']);
  });
});

describe('bodies made points by the verb after them', () => {
  it('reads a run closed by 作为…联系点, a college named after its short city', () => {
    expect(
      entries(
        '主任会议决定,昆明城市学院法学院、盘龙区联盟街道小坝社区、云南弘瑞律师事务所作为今年新设立的市人大常委会第四批基层立法联系点。',
      ),
    ).toEqual([
      '昆明|昆明城市学院法学院|',
      '盘龙区联盟街道小坝社区|盘龙区联盟街道小坝社区|',
      '云南|云南弘瑞律师事务所|',
    ]);
  });

  it('reads the one body before the round’s count as its example, the count stated', () => {
    const lists = read('湖南省司法厅决定设立湖南通程律师事务所等七家单位为基层立法联系点。');
    expect(lists.map((l) => l.items.map((it) => it.unit))).toEqual([['湖南通程律师事务所']]);
    expect(lists[0]!.categories?.[0]).toMatchObject({ stated: 7, found: 1, examples: true });
    expect(entries('向椒江区葭沚街道学院社区人大代表联络站等首批18家基层立法联系点授牌。')).toEqual(
      ['椒江区葭沚街道学院社区|椒江区葭沚街道学院社区人大代表联络站|'],
    );
  });
});

describe('look-alikes left to the other readers', () => {
  it('reads no party-building or leader’s contact point', () => {
    expect(read('县委决定,确定城关镇东街社区、西街社区为县委书记基层党建联系点。')).toEqual([]);
    expect(read('确定平罗县人大常委会、格尔木市人大常委会为市领导联系点。')).toEqual([]);
  });

  it('reads no run without the points’ kind, nor one body without a count', () => {
    expect(read('平罗县人大常委会、格尔木市人大常委会为先进集体。')).toEqual([]);
    expect(read('决定设立湖南通程律师事务所为基层立法联系点。')).toEqual([]);
  });

  it('reads no run of which one piece is no body', () => {
    expect(read('基层立法联系点包括:平罗县人大常委会、积极收集群众意见。')).toEqual([]);
  });

  it('reads no party member’s or committee member’s contact point', () => {
    expect(read('确定平罗县城关镇东街社区、平罗县城关镇西街社区为党员联系点。')).toEqual([]);
    expect(read('确定平罗县城关镇东街社区、平罗县城关镇西街社区为县委委员联系点。')).toEqual([]);
    expect(read('确定平罗县城关镇东街社区、平罗县城关镇西街社区为人大代表联系点。')).toEqual([]);
  });

  it('reads no bodies serving, managing or hosting the points', () => {
    expect(
      read('昆明市人大常委会法制工作委员会、昆明市司法局为基层立法联系点提供指导和服务。'),
    ).toEqual([]);
    expect(read('昆明市人大常委会、昆明市司法局作为基层立法联系点的主管单位,要加强指导。')).toEqual(
      [],
    );
    expect(read('平罗县城关镇东街社区、平罗县城关镇西街社区为固定观察点所在村。')).toEqual([]);
    expect(
      read('基层立法联系点的主管部门包括:昆明市人大常委会法制工作委员会、昆明市司法局。'),
    ).toEqual([]);
  });

  it('still reads the points named before their plaque or after their list’s name', () => {
    expect(
      entries('向昆明城市学院法学院、盘龙区联盟街道小坝社区等5家基层立法联系点授牌。'),
    ).toEqual(['昆明|昆明城市学院法学院|', '盘龙区联盟街道小坝社区|盘龙区联盟街道小坝社区|']);
    expect(
      entries('第四批基层立法联系点的名单如下:昆明城市学院法学院、盘龙区联盟街道小坝社区。'),
    ).toEqual(['昆明|昆明城市学院法学院|', '盘龙区联盟街道小坝社区|盘龙区联盟街道小坝社区|']);
  });
});
