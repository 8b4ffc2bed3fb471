/**
 * A header-less grid listing several entries a row beside the county they lie in (a county
 * cell spanning rows of four villages): every filled village cell is an entry inside that
 * county; a county beside one village and its project, or beside its themes, stays one entry
 * a row.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (...rows: string[]) => ['第一批国家森林乡村名单', ...rows].join('\n');

describe('a grid of entries beside their county', () => {
  it('each village cell is an entry in the row’s county, the short row’s empty cells none', () => {
    const { n, codes } = readResolved(
      notice(
        '吉林省吉林市\t吉林省吉林市\t吉林省吉林市\t吉林省吉林市',
        '桦甸市\t桦郊乡先锋村\t桦郊乡晓光村\t公吉乡公郎头村',
        '桦甸市\t红石镇色洛河村\t常山镇大河村\t',
        '舒兰市\t新安乡联合村\t溪河镇松凤村\t开原镇新开村',
      ),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '桦郊乡先锋村',
      '桦郊乡晓光村',
      '公吉乡公郎头村',
      '红石镇色洛河村',
      '常山镇大河村',
      '新安乡联合村',
      '溪河镇松凤村',
      '开原镇新开村',
    ]);
    expect(n.records.every((r) => r.title === '')).toBe(true);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual([
      '220282',
      '220282',
      '220282',
      '220282',
      '220282',
      '220283',
      '220283',
      '220283',
    ]);
  });

  it('a village the division data does not hold is still an entry of its column', () => {
    const { n } = readResolved(
      notice(
        '集安市\t太王镇钱湾村\t头道镇四新村\t凉水乡二参场社区\t凉水乡石青沟村',
        '集安市\t凉水乡永泉村\t台上镇东升村\t头道镇苇沙河村\t清河镇上围村',
        '集安市\t清河镇幸福村\t清河镇文字村\t清河镇清河村\t麻线乡太平村',
      ),
    );
    expect(n.records.map((r) => r.regionText)).toContain('凉水乡二参场社区');
    expect(n.records.length).toBe(12);
  });

  it('a county beside one village and its project keeps the project as the title', () => {
    const { n } = readResolved(
      notice(
        '桦甸市\t桦郊乡先锋村\t林下经济助农增收项目',
        '舒兰市\t开原镇新开村\t森林人家乡村旅游项目',
        '蛟河市\t新站镇六家子村\t村庄绿化美化提升项目',
      ),
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '林下经济助农增收项目',
      '森林人家乡村旅游项目',
      '村庄绿化美化提升项目',
    ]);
  });

  it('a county beside its theme cells stays one entry a row', () => {
    const { n } = readResolved(
      notice(
        '桦甸市\t生态宜居\t乡风文明建设',
        '舒兰市\t绿色发展\t村庄环境整治',
        '蛟河市\t林下经济\t森林旅游发展',
      ),
    );
    expect(n.records.length).toBe(3);
  });

  it('a county over a town and its village in the next cell writes one place a row', () => {
    const { n } = readResolved(
      notice(
        '桦甸市\t桦郊乡\t桦郊乡先锋村',
        '桦甸市\t公吉乡\t公吉乡公郎头村',
        '舒兰市\t平安镇\t平安镇平安村',
      ),
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('桦郊乡');
    expect(n.records.length).toBe(3);
  });
});
