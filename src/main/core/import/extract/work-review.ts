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
