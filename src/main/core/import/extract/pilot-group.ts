/**
 * One group of the notice's pilot, named by what its units try: "辽宁省、山东省…实施结婚登记和离婚
 * 登记“跨省通办”试点，江苏省…实施结婚登记“跨省通办”试点" in a notice of the 内地居民婚姻登记
 * “跨省通办”试点. The group's name and the programme's end in the same words before 试点 (登记跨省
 * 通办): the group is a part of the programme, its units the programme's, not a pilot of its own.
 */
import { keyOf } from './text-key';

/** How many characters before 试点 both names must share: a pilot's own words, not 改革 alone. */
const SHARED_TAIL = 6;

export function groupOfPilot(group: string, programme: string): boolean {
  const a = keyOf(group);
  const b = keyOf(programme);
  if (a === b || !a.endsWith('试点') || !b.endsWith('试点')) return false;
  const x = a.slice(0, -2);
  const y = b.slice(0, -2);
  let shared = 0;
  while (
    shared < x.length &&
    shared < y.length &&
    x[x.length - 1 - shared] === y[y.length - 1 - shared]
  )
    shared++;
  // A whole name inside the other (…试点 and 全国…试点) is the same programme, not a group.
  return shared >= SHARED_TAIL && shared < x.length && shared < y.length;
}
