/**
 * Titles, contents and programme names in the formulaic style of real notices
 * (以党建引领推动社区协商新机制, 实施“红色物业”计划探索…). Titles deliberately share
 * boilerplate (治理/社区/模式), as real ones do, so dedupe cannot lean on rare words.
 */
import type { RecordKind } from '../../../src/shared/domain';
import type { Rng } from './prng';

const DRIVERS = [
  '党建引领',
  '数字赋能',
  '三社联动',
  '五社联动',
  '协商议事',
  '网格化管理',
  '志愿服务',
  '智慧社区',
  '红色物业',
  '居民议事',
  '多元共治',
  '清单管理',
  '积分激励',
  '社会工作',
  '法治保障',
  '文化浸润',
];
const VERBS = ['推动', '打造', '构建', '健全', '创新', '完善', '探索'];
const OBJECTS = [
  '社区协商',
  '居民自治',
  '网格化服务',
  '老旧小区治理',
  '社区养老服务',
  '城乡社区治理',
  '基层减负',
  '村级议事协商',
  '物业服务管理',
  '社区应急管理',
  '新就业群体服务',
  '一老一小服务',
  '邻里互助',
  '社区慈善',
];
const ENDINGS = ['新机制', '新模式', '新格局', '新路径', '体系', '长效机制'];
const PLANS = [
  '红色物业',
  '邻里守望',
  '幸福家园',
  '小区大党建',
  '微网实格',
  '和美乡村',
  '社区合伙人',
  '楼道自治',
];
const NUMBERED = ['1+N', '365', '3+X', '1+3+N', '5+2', '12345'];

const TITLE_PATTERNS: ((r: Rng) => string)[] = [
  (r) => `以${r.pick(DRIVERS)}${r.pick(VERBS)}${r.pick(OBJECTS)}${r.pick(ENDINGS)}`,
  (r) => `实施“${r.pick(PLANS)}”计划探索${r.pick(OBJECTS)}${r.pick(ENDINGS)}`,
  (r) => `${r.pick(DRIVERS)}${r.pick(VERBS)}${r.pick(OBJECTS)}${r.pick(ENDINGS)}`,
  (r) => `构建“${r.pick(NUMBERED)}”${r.pick(OBJECTS)}工作体系`,
  (r) => `${r.pick(VERBS)}${r.pick(OBJECTS)}（${r.pick(DRIVERS)}）${r.pick(ENDINGS)}`,
];

export function makeTitle(r: Rng): string {
  return r.pick(TITLE_PATTERNS)(r);
}

/**
 * A title on the same theme but not the same case: the same words with the governance
 * object swapped (社区协商 → 居民自治). Used for parent/child and other-programme
 * non-duplicates, which should look close to their partner.
 */
export function sameThemeTitle(r: Rng, title: string): string {
  const object = OBJECTS.find((o) => title.includes(o));
  if (object) {
    const others = OBJECTS.filter((o) => o !== object && !title.includes(o));
    return title.replace(object, r.pick(others));
  }
  return `${title}（二期）`;
}

const CONTENT_CLAUSES = [
  '整合驻区单位、社会组织和志愿者等各方资源',
  '建立党组织领导下的居民议事协商机制',
  '推行社区工作事项准入和清单管理',
  '完善“街道—社区—网格—楼栋”四级服务体系',
  '依托信息平台实现民生事项一网通办',
  '培育社区社会组织和专业社工队伍',
  '引导居民有序参与社区公共事务',
  '形成共建共治共享的社区治理格局',
];

export function makeContent(r: Rng): string {
  const n = r.int(2, 4);
  const parts: string[] = [];
  while (parts.length < n) {
    const c = r.pick(CONTENT_CLAUSES);
    if (!parts.includes(c)) parts.push(c);
  }
  return `${parts.join('，')}。`;
}

export interface Programme {
  name: string;
  year: number;
  batch: string | null;
}

/** The zone batches of the national programme (year of confirmation). */
const ZONE_BATCHES: readonly [string, number][] = [
  ['第一批', 2011],
  ['第二批', 2013],
  ['第三批', 2015],
  ['第四批', 2019],
];

export function makeProgramme(r: Rng, kind: RecordKind, province: string): Programme {
  if (kind === 'zone') {
    const [batch, year] = r.pick(ZONE_BATCHES);
    return { name: '全国社区治理和服务创新实验区', year, batch };
  }
  if (kind === 'case') {
    const year = r.int(2019, 2024);
    return { name: `${year}年度全国基层治理创新典型案例`, year, batch: null };
  }
  return { name: `${province}基层社会治理创新观察点`, year: r.int(2020, 2024), batch: null };
}

/** Another programme for the same place: a zone that later became a case, and so on. */
export function otherProgramme(
  r: Rng,
  p: Programme,
  kind: RecordKind,
  province: string,
): [RecordKind, Programme] {
  const kinds: RecordKind[] = ['zone', 'case', 'observation'];
  for (let i = 0; i < 20; i++) {
    const k = r.pick(kinds);
    const q = makeProgramme(r, k, province);
    if (q.name !== p.name) return [k, q];
  }
  return kind === 'case'
    ? ['zone', makeProgramme(r, 'zone', province)]
    : ['case', makeProgramme(r, 'case', province)];
}
