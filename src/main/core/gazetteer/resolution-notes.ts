/**
 * The Chinese `note` of a Resolution: what a member of staff needs to know before
 * trusting the code — a historical name and what replaced it, a development zone, a
 * statistical pseudo-unit, a near-miss township name, a choice made from context.
 */
import { type Gazetteer, type Unit, isValidOn } from './gazetteer-data';
import type { Place } from './place';

function period(u: Unit): string {
  return u.approxDates ? `约 ${u.to.slice(0, 7)} 前后` : u.to;
}

function historyNote(g: Gazetteer, u: Unit, day: string, today: string): string | null {
  if (isValidOn(u, today)) return null;
  const next = u.successors.map((c) => g.current.get(c)).filter((x): x is Unit => x !== undefined);
  const nextText = next.length
    ? `，现为 ${next.map((n) => `${n.name}（${n.code}）`).join('、')}`
    : '，后继区划不详';
  const when = isValidOn(u, day) ? '' : '（所给日期时已不存在）';
  const source = u.source ? `；依据：${u.source}` : '';
  return `${u.name}（${u.code}）为历史区划，${period(u)} 起撤销或更名${nextText}${when}${source}`;
}

/** Said of a name matched to one a character away: the code is a guess staff must check. */
export const NEAR_NAME = '按近似名匹配';

export interface NoteFacts {
  ctxUsed: boolean;
  choices: number;
  day: string;
  today: string;
}

export function describePlace(g: Gazetteer, p: Place, facts: NoteFacts): string {
  const notes: string[] = [];
  const h = historyNote(g, p.unit, facts.day, facts.today);
  if (h) notes.push(h);
  if (p.zone && p.zone.counties.length === 0) {
    notes.push(
      `${p.zone.names[0]} 为开发区/新区，不是行政区划；按所写乡镇所在的 ${p.unit.name}（${p.unit.code}）计，请核对`,
    );
  } else if (p.zone) {
    const counties = p.zone.counties.map((c) => g.current.get(c)?.name ?? c).join('、');
    notes.push(
      `${p.zone.names[0]} 为开发区/功能区，不是行政区划；按 ${counties} 计（${p.zone.source}）`,
    );
  }
  if (p.unit.pseudo)
    notes.push(
      `${p.unit.name}（${p.unit.code}）为国家统计局统计用功能区，非 GB/T 2260 县级区划；区划代码取所属地级市`,
    );
  if (p.town?.pseudo) notes.push(`${p.town.name} 为统计用类似乡级单位（开发区、园区、农场等）`);
  if (p.fuzzyUnit)
    notes.push(`区县名与「${p.unit.name}」仅差一字，${NEAR_NAME}（疑为笔误），请核对`);
  if (p.fuzzyTown && p.town) notes.push(`乡镇名与「${p.town.name}」仅差一字，${NEAR_NAME}，请核对`);
  if (p.townWritten && p.town)
    notes.push(`「${p.townWritten}」今为「${p.town.name}」（乡镇改设），按同名乡镇计，请核对`);
  if (p.town && p.unit.to && p.town.code.slice(0, 6) !== p.unit.code && !p.zone) {
    notes.push(
      `${p.town.name}现属 ${p.town.code.slice(0, 6)}，其乡镇代码当时尚不存在，代码只取到${p.unit.name}（${p.unit.code}）`,
    );
  }
  if (p.town || p.village) notes.push('乡镇、村（社区）代码为国家统计局 2023 年统计用区划代码');
  if (facts.ctxUsed) notes.push('上级区划据上下文或上一项补全');
  else if (facts.choices > 1)
    notes.push(`同名区划 ${facts.choices} 处，按日期、上下文和上一项选定`);
  return notes.join('；');
}

export function unresolvedNote(key: string, start: number): string {
  const shown = key.slice(start, start + 16);
  if (/^[\u4e00-\u9fff]{1,10}(街道|镇|乡)/.test(shown))
    return `未能识别：乡镇「${shown}」须在所属区县内解析，请给出区县或上下文`;
  return shown ? `未能识别行政区划：「${shown}」` : '空的区划文字';
}
