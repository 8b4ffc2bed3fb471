/**
 * Shapes from notices written after the parser, each composed here in other words and
 * places: places cited as examples of a larger count inside prose, a one-column list under a
 * "名单（部分）" heading, a county-level city that is no prefecture for the items after it,
 * a plan's own title over its text, an evaluation column, and a table cut in its last row.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (text: string) => readResolved(text);

describe('places cited in prose and bare lists', () => {
  it('a county-level city before a township is no prefecture for the places after it', () => {
    const { codes } = read(
      [
        '我市5个村入选',
        '这5个村是：晋州市槐树镇东街村、无极县无极镇东关村、赵县赵州镇南门村、高邑县高邑镇北街村、深泽县深泽镇东街村。',
      ].join('\n'),
    );
    expect(codes).toEqual(['130183', '130130', '130133', '130127', '130128']);
  });

  it('a one-column list under a "名单（部分）" heading is read, and the stated count checked', () => {
    const { n, codes, warned } = read(
      [
        '全国示范社区名单公布 宁夏12个社区上榜',
        '近日，有关部门印发通知，将999个社区命名为示范社区，我区12个社区榜上有名。',
        '2023年示范社区名单（部分）',
        '银川市兴庆区富宁街道丽景湖社区',
        '银川市金凤区长城中路街道宝湖社区',
        '石嘴山市大武口区长胜街道育才社区',
        '记者 张三',
      ].join('\n'),
    );
    expect(codes).toEqual(['640104', '640106', '640202']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
    expect(warned).toContain('count_mismatch');
  });

  it('a list of conventions, each line a village or community run into its 村规民约 or 居民公约', () => {
    const { n, codes } = read(
      [
        '全省“十佳”村规民约评选结果揭晓',
        '记者从省民政厅获悉，全省“十佳”村规民约（居民公约）评选结果揭晓。',
        '全省“十佳”村规民约（居民公约）名单',
        '株洲市攸县网岭镇罗家坪村村规民约',
        '衡阳市衡山县开云镇城北社区居民公约',
        '记者 张三',
      ].join('\n'),
    );
    expect(codes).toEqual(['430223', '430423']);
    expect(n.records.map((r) => r.title)).toEqual(['', '']);
  });

  it('"A、B、C工作法等50个…工作法": the places are examples of the list, the noun is not their name', () => {
    const { n, codes, warned } = read(
      '近日，民政部公布了湖北省武汉市百步亭社区、浙江省杭州市湖滨社区、四川省成都市玉林社区工作法等50个优秀社区工作法。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '湖北省武汉市百步亭社区',
      '浙江省杭州市湖滨社区',
      '四川省成都市玉林社区',
    ]);
    expect(codes.every((c) => c !== null)).toBe(true);
    expect(warned).toContain('count_mismatch');
  });

  it('examples of several counted groups with bracketed level notes, after a clause about review', () => {
    const { codes } = read(
      '经自愿申报、实地考察和专家评审等环节，拟确定江苏省南京市江宁区等15个县（市、区）、浙江省杭州市余杭区良渚街道等6个乡（镇、街道）、山东省青岛市黄岛区等30个村（社区）为首批示范单位。',
    );
    expect(codes).toEqual(['320115', '330110', '370211']);
  });

  it('"其中X光荣上榜" names a unit; the headline naming it without its township is the same unit', () => {
    const { n, codes } = read(
      [
        '宜兴市湖父村上榜全国示范单位',
        '本报讯 近日公示名单中，江苏有6个村名列其中，其中宜兴市湖父镇湖父村光荣上榜。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['宜兴市湖父镇湖父村']);
    expect(codes).toEqual(['320282']);
  });

  it('places glued to "名单" open a list', () => {
    const glued = read(
      '近日 有关部门联合公布 第二批示范村名单海门区常乐镇颐生村 如东县栟茶镇东凌村 入选 第二批示范村',
    );
    expect(glued.codes).toEqual(['320614', '320623']);
  });
});

describe("a story's lead citing the whole batch by examples", () => {
  const share = [
    '我市4个村入选省级美丽乡村示范村',
    '本报讯（记者 王明）近日，省农业农村厅决定命名安吉县天荒坪镇余村、桐庐县江南镇环溪村等210个村为第三批省级美丽乡村示范村，其中我市有4个村上榜。',
    '本次我市入选名单',
    '柯桥区漓渚镇棠棣村、诸暨市枫桥镇枫源村、新昌县东茗乡后岱山村、嵊州市谷来镇袁家岙村。',
  ];

  it('are no entries when the story lists its own share of the batch', () => {
    const { n } = read(share.join('\n'));
    expect(n.records.map((r) => r.regionText)).toEqual([
      '柯桥区漓渚镇棠棣村',
      '诸暨市枫桥镇枫源村',
      '新昌县东茗乡后岱山村',
      '嵊州市谷来镇袁家岙村',
    ]);
    // The share belongs to the batch the lead names.
    expect(n.records.every((r) => r.programme?.includes('美丽乡村示范村'))).toBe(true);
  });

  it("stay entries in the issuer's own notice, whose example is its own member", () => {
    const own = read(
      [
        '关于命名第三批省级美丽乡村示范村的通知',
        '各市农业农村局：',
        '现决定命名安吉县天荒坪镇余村等210个村为第三批省级美丽乡村示范村，其中绍兴市4个村名单如下：',
        '柯桥区漓渚镇棠棣村、诸暨市枫桥镇枫源村、新昌县东茗乡后岱山村、嵊州市谷来镇袁家岙村。',
      ].join('\n'),
    );
    expect(own.n.records.map((r) => r.regionText)).toContain('安吉县天荒坪镇余村');
  });

  it('stay entries when the other list is a different batch, not a share of it', () => {
    const { n } = read(
      [
        '本报讯（记者 李红）省民政厅日前下文确认宁波市海曙区鼓楼街道中山社区议事协商工作法等30个工作法为全省首批优秀社区工作法。',
        '经民政部评审，确认杭州市上城区湖滨街道东坡路社区工作法、嘉兴市南湖区新兴街道紫阳社区工作法为全国优秀社区工作法。',
      ].join('\n'),
    );
    expect(n.records.some((r) => r.regionText?.startsWith('宁波市海曙区鼓楼街道中山社区'))).toBe(
      true,
    );
  });
});

describe('documents and tables that list nothing more', () => {
  it("a plan's own title over its text is no case heading", () => {
    const { n } = read(
      [
        '湖南省人民政府办公厅关于印发湖南省城乡社区服务体系建设实施方案的通知',
        '各市州人民政府：',
        '现将方案印发给你们，请认真贯彻执行。',
        '湖南省城乡社区服务体系建设实施方案',
        '为加快全省城乡社区服务体系建设，推进基层治理现代化，结合我省实际，制定本方案。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });

  it("a draft plan's title (…方案（征求意见稿）) over its text is no case heading either", () => {
    const { n } = read(
      [
        '关于公开征求某县某镇社区建设行动方案意见的通知',
        '现将方案进行公示，征求各方面意见。',
        '甘肃省景泰县芦阳镇社区建设补短板行动方案（征求意见稿）',
        '为补齐社区设施短板，结合我镇实际，制定如下方案。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });

  it('an evaluation column states an outcome, not a title', () => {
    const { n } = read(
      ['试点单位绩效评价结果', '序号\t试点单位\t评价结果', '1\t四川省成都市武侯区\t合格'].join(
        '\n',
      ),
    );
    expect(n.records.map((r) => [r.title, r.outcome?.status])).toEqual([['', '已验收']]);
  });

  it('a last row cut after its township is left out, and the loss is flagged', () => {
    const { n, warned } = read(
      [
        '示范社区名单',
        '序号\t市\t县（区）\t街道\t社区',
        '1\t西安市\t雁塔区\t小寨路街道\t长延堡社区',
        '2\t西安市\t未央区\t张家堡街道\t凤城社区',
        '3\t宝鸡市\t金台区\t东风路街道\t公园社区',
        '4\t咸阳市\t秦都区\t人民路街道',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(3);
    expect(warned).toContain('truncated_item');
  });
});
