import { it } from 'vitest';
import { readResolved } from './helpers';
const t = (title: string, heading: string, header: string, rows: string[]) =>
  [title, '各有关单位：', '现将有关情况公布如下。', heading, header, ...rows].join('\n');
const rows = ['1\t温州市瓯海茶山立东家庭农场', '2\t浙江宏达建设有限公司', '3\t温州市龙湾人家餐饮有限公司'];
const cases: Record<string, string> = {
  bidders: t('瓯海区现代农业示范园建设项目中标结果公告', '瓯海区现代农业示范园建设项目中标候选人', '序号\t投标企业名称', rows),
  attend: t('关于召开示范性家庭农场培训会的通知', '参加示范性家庭农场培训会企业名单', '序号\t企业名称', rows),
  contacts: t('关于示范性家庭农场认定工作的通知', '示范性家庭农场认定工作联系企业', '序号\t企业名称', rows),
  address: t('关于公布示范性家庭农场名单的通知', '一、示范性家庭农场（3家）', '序号\t家庭农场名称\t地址', rows.map((r) => r + '\t温州市瓯海区茶山街道')),
  region: t('关于公布示范性家庭农场名单的通知', '一、示范性家庭农场（3家）', '序号\t家庭农场名称\t区域', rows.map((r) => r + '\t瓯海区')),
  longwan: t('关于公布示范性家庭农场名单的通知', '一、示范性家庭农场（3家）', '序号\t企业名称', ['1\t温州市龙湾人家餐饮有限公司','2\t温州市鹿城区宗清家庭农场','3\t杭州市西湖龙井茶叶有限公司','4\t宁波市海曙光明食品有限公司','5\t苏州市吴中天地农业有限公司']),
  punished: t('关于撤销示范性家庭农场称号的通知', '一、撤销示范性家庭农场名单（3家）', '序号\t家庭农场名称', rows),
};
for (const [k, text] of Object.entries(cases)) it(k, () => {
  const { n, codes, warned } = readResolved(text);
  console.log('@@', k, JSON.stringify(n.records.map((r) => [r.title, r.namedUnit ?? null, r.status ?? null])), JSON.stringify(codes), warned.join(','));
});
