/**
 * What a notice names that is no entry of its list: a batch cited by its first unit in a
 * sentence that confirms it (决定命名 / 拟确认 / 同意 before it, 被确定为 after it) while the
 * notice lists its own entries elsewhere, a note citing two other batches below a one-row
 * table, the titles of a notice's attachments numbered on from its 附件 line, and a page's
 * disclosure fields laid out as a table. Composed from our own lines, not from a notice.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('a batch cited by its first unit is no entry', () => {
  it('drops the head of a national batch a page retells without naming its outlet', () => {
    const { n } = read([
      '江西18个社区上榜',
      '近日，国家卫生健康委、全国老龄办印发《关于命名2030年全国示范性和美社区的通知》（以下简称“通知”），决定命名河北省石家庄市长安区建北街道青园社区等888个社区为2030年全国示范性和美社区。江西18个社区上榜。具体如下：',
      '2030年全国示范性和美社区名单',
      '（江西省）',
      '序号\t市（州）\t社区（村）',
      '1\t南昌市\t东湖区百花洲街道松柏社区',
      '2\t九江市\t浔阳区湓浦街道柳塘社区',
      '3\t赣州市\t章贡区解放街道桂花社区',
    ]);
    expect(n.records.map((r) => r.regionText)).not.toContain(
      '河北省石家庄市长安区建北街道青园社区',
    );
    expect(n.records).toHaveLength(3);
  });

  it('drops the head of a batch an organ agrees to, told beside the share it lists', () => {
    const { n } = read([
      '湖北11个村镇榜上有名',
      '认定宜昌市夷陵区樟村坪镇某某村等250个村镇为第十批全国某品示范村镇，湖北11个村镇榜上有名；同意黄冈市麻城市龟山镇某某村等1500个村镇监测合格，湖北60个村镇榜上有名。',
      '1. 孝感市孝南区朋兴乡甲村',
      '2. 咸宁市通山县九宫山镇乙村',
      '3. 襄阳市谷城县五山镇丙村',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '孝感市孝南区朋兴乡甲村',
      '咸宁市通山县九宫山镇乙村',
      '襄阳市谷城县五山镇丙村',
    ]);
  });

  it('drops the example of another batch whose list is not given, keeping the listed one', () => {
    const { n } = read([
      '关于第五批省级示范农村社区推荐名单的公示',
      '经县（市、区）民政局推荐、市民政局审核，拟推荐余杭区良渚街道甲村等4家单位为第五批省级示范农村社区（名单附后），拟确认余杭区径山镇乙村等150家单位为市级达标农村社区（名单附后），现予以公示。',
      '杭州市民政局',
      '2030年6月1日',
      '第五批省级示范农村社区推荐名单',
      '余杭区（2个）：',
      '良渚街道甲村、仁和街道丙村',
      '萧山区（2个）：',
      '河上镇丁村、进化镇戊村',
    ]);
    expect(n.records.map((r) => r.regionText)).not.toContain('余杭区径山镇乙村');
    expect(n.records.map((r) => r.regionText)).toContain('进化镇戊村');
  });

  it('drops a note below a one-row result that cites two other honours by one unit each', () => {
    const { n } = read([
      '第三批省级社区治理试点单位评价结果',
      '序号\t试点单位\t评价结果',
      '1\t锦江区\t优（一等）',
      '锦江区春熙路街道等25个街道（镇）被确定为“2030年全省示范街道（镇）”，锦江区书院街街道某某社区等90个社区被确定为“2030年全省示范社区”。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual(['锦江区']);
  });

  it('keeps the example of an organ naming its batch in its own notice, its share below', () => {
    const { n } = read([
      '关于命名2030年全国示范性和美社区的通知',
      '各省、自治区、直辖市卫生健康委：',
      '经过逐级审核和公示，现决定命名河北省石家庄市长安区建北街道青园社区等888个社区为2030年全国示范性和美社区。',
      '各地要深入宣传推广被命名社区的典型经验。',
      '附件：2030年全国示范性和美社区名单',
      '2030年全国示范性和美社区名单（江西省）',
      '序号\t设区市\t社区',
      '1\t南昌市\t东湖区百花洲街道松柏社区',
      '2\t九江市\t浔阳区湓浦街道柳塘社区',
      '3\t赣州市\t章贡区解放街道桂花社区',
    ]);
    expect(n.records.map((r) => r.regionText)).toContain('河北省石家庄市长安区建北街道青园社区');
  });

  it('keeps the heads of batches side by side whose lists the notice says are attached', () => {
    const { n } = read([
      '关于2030年全国某某城市复审结果的通报',
      '一、重新确认河北省石家庄市长安区等50个城市（区）为全国某某城市（区），重新确认山东省潍坊市寿光市侯镇等120个县城（乡镇）为全国某某县城（乡镇）。名单附后。',
      '二、暂缓确认辽宁省鞍山市为全国某某城市。',
      '三、江苏省张家港市、浙江省杭州市等6个城市（区）在复审中成绩突出，予以通报表扬。',
    ]);
    const places = n.records.map((r) => r.regionText);
    expect(places).toContain('河北省石家庄市长安区');
    expect(places).toContain('山东省潍坊市寿光市侯镇');
  });

  it('keeps the heads a notice names when it lists nothing else (its lists are attachments)', () => {
    const { n } = read([
      '关于全省第四批某某示范村镇评选结果的公示',
      '经各市推荐，省农业农村厅组织评审，拟认定济宁市曲阜市尼山镇等9个乡镇、潍坊市寿光市某某村等40个村为全省某某示范村镇。',
      '附件：1.全省某某示范镇名单',
      '2.全省某某示范村名单',
      '3.前两批全国某某示范镇复核结果',
      '山东省农业农村厅',
      '2030年7月1日',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '济宁市曲阜市尼山镇',
      '潍坊市寿光市某某村',
    ]);
  });
});

describe('a news story naming the units of a batch it retells', () => {
  it('keeps the last of units listed one by one before "等单位确认为"', () => {
    const { n } = read([
      '我省五地获批省级示范区',
      '本报讯 近日，省民政厅印发《关于同意将甲州市等单位确认为全省某项改革示范区的批复》，同意将保定市竞秀区、衡水市桃城区、邢台市信都区、定州市等单位确认为全省某项改革示范区，示范时间为期3年。',
    ]);
    expect(n.records.map((r) => r.regionText)).toContain('定州市');
    expect(n.records).toHaveLength(4);
  });
});

describe('what is not a list', () => {
  it('reads no entries from attachment titles numbered on from the 附件 line', () => {
    const { n } = read([
      '关于某某示范社区名单的通知',
      '各市民政局：现将有关名单印发给你们。',
      '附件：1.某某示范社区名单',
      '2.某某示范村名单',
      '3.某某复核结果',
      '某某省民政厅',
    ]);
    expect(n.records.map((r) => r.title)).toEqual([]);
  });

  it('still reads a list numbered under an 附件 line that carries no number', () => {
    const { n } = read(['附件：', '1. 绍兴市柯桥区柯岩街道', '2. 绍兴市上虞区百官街道']);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '绍兴市柯桥区柯岩街道',
      '绍兴市上虞区百官街道',
    ]);
  });

  it('reads no entry from a page’s disclosure fields laid out as a table', () => {
    const { n } = read([
      '某市第三批社区治理实验区申报论证',
      '索引号：\t00000000X/2030-000001\t公开方式：\t主动公开',
      '发布机构：\t温州市民政局\t成文日期：\t2030-07-26',
      '7月8日，市民政局召开论证会，对各地申报的11个实验方案进行论证评审，名单将另行公布。',
    ]);
    expect(n.records).toEqual([]);
  });
});

describe('one unit named in the body and in the list below', () => {
  it('is one entry, the list’s, when the body names no programme', () => {
    const { n } = read([
      '某某区人民政府办公厅关于公布2030年度某某特色名村的通知',
      '各市、县人民政府：',
      '经评估验收和复核，柳州市融水苗族自治县安太乡甲甲村等3个村达到某某特色名村评定标准。经自治区人民政府同意，现予公布。',
      '附件',
      '2030年度某某特色名村名单',
      '（共3个）',
      '类别\t村名',
      '某某特色生态名村（2个）\t柳州市融水苗族自治县安太乡甲甲村',
      '某某特色生态名村（2个）\t百色市田阳区那坡镇乙乙村',
      '某某特色文化名村（1个）\t梧州市藤县象棋镇丙丙村',
    ]);
    expect(n.records).toHaveLength(3);
    expect(n.records.every((r) => r.programme !== null)).toBe(true);
  });
});

describe('a list of lines cut off inside its last entry', () => {
  it('leaves out a last line that stops at the township, and says so', () => {
    const { n, warned } = read([
      '某市第二批民主法治示范村（社区）名单',
      '鸠江区（2个）',
      '鸠江区湾里街道甲社区',
      '鸠江区沈巷镇乙村',
      '弋江区（2个）',
      '弋江区中山南路街道丙社区',
      '弋江区白马街道丁社区',
      '镜湖区（1个）',
      '镜湖区范罗山街道',
    ]);
    expect(n.records.map((r) => r.regionText)).not.toContain('镜湖区范罗山街道');
    expect(n.records).toHaveLength(4);
    expect(warned).toContain('truncated_item');
  });

  it('keeps a township that is no list’s last words', () => {
    const { n } = read([
      '某市第二批民主法治示范村（社区）名单',
      '鸠江区（2个）',
      '鸠江区湾里街道甲社区',
      '鸠江区沈巷镇乙村',
      '弋江区（2个）',
      '弋江区中山南路街道丙社区',
      '弋江区白马街道',
      '某市司法局',
      '2030年5月1日',
    ]);
    expect(n.records.map((r) => r.regionText)).toContain('弋江区白马街道');
  });
});

describe('a person named by the post held in a place', () => {
  it('is no entry of a list of units', () => {
    const { n } = read([
      '吉林市2个社区和2名社区工作者入选',
      '近日，记者了解到，民政部公示了拟表彰名单。其中，吉林市2个社区和2名社区工作者入选，分别是船营区北京路街道甲社区，丰满区红旗街道乙社区，昌邑区延江街道丙社区党委书记、居民委员会主任张某（女），龙潭区新吉林街道丁社区党委书记、居民委员会主任李某。',
      '本报记者 王某',
    ]);
    const places = n.records.map((r) => r.regionText ?? '');
    expect(places.some((p) => p.includes('丙社区') || p.includes('延江街道'))).toBe(false);
    expect(places.some((p) => p.includes('丁社区') || p.includes('新吉林街道'))).toBe(false);
  });
});
