/**
 * An organ's own review of its work over a period, known by its disclosure table's class
 * (组配分类 | 计划总结) or by a section heading of its own (一、上半年工作总结, 一、2023年工作总结):
 * it tells how its work went, the pilots and titles its counties won among it — a progress
 * report, not a list it confirms nor a story about it.
 */
import type { KeyedText } from './text-key';

/**
 * A disclosure table's class line: 组配分类 / 主题分类 followed by 计划总结 or 工作总结 (a plan,
 * 规划计划, reviews nothing: a ministry's notice confirming zones may be filed under it).
 */
const CLASSED = /(?:组配分类|主题分类|信息分类)[\s:：|]*(?:计划总结|工作总结)/;
/**
 * A numbered section heading that is the period's review itself; a bare "一、工作情况" is no
 * review (an acceptance's or a check's report opens on how the zones worked before its results).
 */
const REVIEW_HEADING =
  /^[一二三四五六七八九十]+[、.．]\s*(?:[0-9]{4}年(?:度)?|今年|本年度|上半年|下半年|[0-9]{4}年(?:上|下)半年)?(?:上半年|下半年)?工作(?:总结|回顾)$/;

export function reviewsOwnWork(doc: KeyedText): boolean {
  const head = doc.key.slice(0, 400);
  if (CLASSED.test(head.replace(/\t/g, ' '))) return true;
  return doc.lines.slice(0, 12).some((l) => REVIEW_HEADING.test(l.trimmed));
}

/**
 * An account of how the work went set out point by point in the organ's own voice: its points
 * counted off ("一是…二是…") or its ways announced ("我们的主要做法如下"). A reporter sets such
 * points out too, but after a dated lead or another's words (see STORY_LEAD, TOLD_BY); points
 * of duty ("一是要…二是要…") direct the work, they tell nothing done.
 */
const OWN_POINTS =
  /一是(?!要|必须)[\s\S]{2,800}?二是(?!要|必须)|(?:主要|具体)(?:做法|举措)(?:如下|是)/;
/** A story's lead: the day it happened (近日, 日前, 3月2日) or its reporter (记者从…获悉). */
const STORY_LEAD = /^(?:近日|日前|近期|昨天|今天|[0-9]{1,2}月[0-9]{1,2}日|记者)/;
/** Another's words carried (介绍, 表示, 说, 指出): a story telling what an organ said of its work. */
const TOLD_BY = /(?:介绍|表示|说|指出|强调)[，,:：]/;
/** How far into the text its opening paragraph and points stand. */
const ACCOUNT_CHARS = 1500;

/**
 * Whether a page that names no outlet or reporter, lists nothing and lays down nothing is the
 * organ's own account of its or its units' work ("吉林省…把幸福社区建设摆在…，一是…二是…", "某区民政局
 * 坚持…。一是…"): a progress report — not a story about the work (domain: a progress report is the
 * organ's report on how its work goes; news is someone else telling of it).
 */
export function accountsOwnWork(doc: KeyedText): boolean {
  const text = doc.key.slice(0, ACCOUNT_CHARS);
  const opening = doc.lines.find((l) => l.trimmed.length >= 40)?.trimmed ?? '';
  if (STORY_LEAD.test(opening)) return false;
  return OWN_POINTS.test(text) && !TOLD_BY.test(text);
}
