/**
 * County-level units merged into another within the gb2260 revisions (2002–2016): the build
 * dates them by the revision that first lacks them, but a name diff cannot tell what they
 * became (塘沽区, 汉沽区, 大港区 → 滨海新区), so they were left without successors and a
 * record filed under one was placed nowhere near today's unit. Only merges we are sure of
 * are here; the revision's date is kept. A unit renamed whole (绍兴县 → 柯桥区) is listed too
 * where its new name shares no stem with the old one.
 */
export interface EarlierMerge {
  code: string;
  name: string;
  /** today's unit(s) its territory went into, the main one first */
  into: string[];
  source: string;
}

const merged = (code: string, name: string, into: string, source: string): EarlierMerge => ({
  code,
  name,
  into: [into],
  source,
});

const BEIJING_2010 =
  '国务院批复同意撤销北京市东城区、崇文区设立新的东城区，撤销西城区、宣武区设立新的西城区（2010年）';
const TIANJIN_2009 = '国务院批复同意撤销天津市塘沽区、汉沽区、大港区，设立滨海新区（2009年）';
const NANJING_2013 =
  '国务院批复同意撤销南京市白下区、秦淮区设立新的秦淮区，撤销鼓楼区、下关区设立新的鼓楼区（2013年）';
const SUZHOU_2012 = '国务院批复同意撤销苏州市沧浪区、平江区、金阊区，设立姑苏区（2012年）';
const WUXI_2015 = '国务院批复同意撤销无锡市崇安区、南长区、北塘区，设立梁溪区（2015年）';
const GUANGZHOU_2005 = '国务院批复同意撤销广州市东山区并入越秀区、芳村区并入荔湾区（2005年）';
const QINGDAO_2012 = '国务院批复同意撤销青岛市四方区并入市北区、胶南市并入黄岛区（2012年）';
const BAODING_2015 = '国务院批复同意撤销保定市北市区、南市区，设立莲池区（2015年）';
const HUAIAN_2016 = '国务院批复同意撤销淮安市清河区、清浦区，设立清江浦区（2016年）';
const URUMQI_2007 = '国务院批复同意撤销乌鲁木齐市东山区和米泉市，设立米东区（2007年）';

export const EARLIER_MERGES: EarlierMerge[] = [
  merged('110103', '崇文区', '110101', BEIJING_2010),
  merged('110104', '宣武区', '110102', BEIJING_2010),
  merged('120107', '塘沽区', '120116', TIANJIN_2009),
  merged('120108', '汉沽区', '120116', TIANJIN_2009),
  merged('120109', '大港区', '120116', TIANJIN_2009),
  merged('130230', '唐海县', '130209', '国务院批复同意撤销唐山市唐海县，设立曹妃甸区（2012年）'),
  merged('130603', '北市区', '130606', BAODING_2015),
  merged('130604', '南市区', '130606', BAODING_2015),
  merged(
    '310103',
    '卢湾区',
    '310101',
    '国务院批复同意撤销上海市黄浦区、卢湾区，设立新的黄浦区（2011年）',
  ),
  merged(
    '310108',
    '闸北区',
    '310106',
    '国务院批复同意撤销上海市闸北区、静安区，设立新的静安区（2015年）',
  ),
  merged(
    '310119',
    '南汇区',
    '310115',
    '国务院批复同意撤销上海市南汇区，将其行政区域并入浦东新区（2009年）',
  ),
  merged('320103', '白下区', '320104', NANJING_2013),
  merged('320107', '下关区', '320106', NANJING_2013),
  merged('320202', '崇安区', '320213', WUXI_2015),
  merged('320203', '南长区', '320213', WUXI_2015),
  merged('320204', '北塘区', '320213', WUXI_2015),
  merged('320502', '沧浪区', '320508', SUZHOU_2012),
  merged('320503', '平江区', '320508', SUZHOU_2012),
  merged('320504', '金阊区', '320508', SUZHOU_2012),
  merged(
    '320705',
    '新浦区',
    '320706',
    '国务院批复同意撤销连云港市新浦区、海州区，设立新的海州区（2014年）',
  ),
  merged('320802', '清河区', '320812', HUAIAN_2016),
  merged('320811', '清浦区', '320812', HUAIAN_2016),
  merged('330621', '绍兴县', '330603', '国务院批复同意撤销绍兴县，设立绍兴市柯桥区（2013年）'),
  merged('370205', '四方区', '370203', QINGDAO_2012),
  merged('370284', '胶南市', '370211', QINGDAO_2012),
  merged('440102', '东山区', '440104', GUANGZHOU_2005),
  merged('440107', '芳村区', '440103', GUANGZHOU_2005),
  merged(
    '440116',
    '萝岗区',
    '440112',
    '国务院批复同意撤销广州市黄埔区、萝岗区，设立新的黄埔区（2014年）',
  ),
  merged('650108', '东山区', '650109', URUMQI_2007),
  merged('652303', '米泉市', '650109', URUMQI_2007),
];
