/**
 * What a row's kind cell (类别 | 类型: 最佳志愿服务组织, 最佳志愿服务项目) says of its name cell.
 * An organisation honoured as such is a unit, like a community: the record is its place, the
 * name kept as the unit, no title. A project keeps its name as the title, but a bureau or
 * office written before it (某县某局某某项目) is who runs it, not part of its name.
 */
import type { ItemDraft } from './drafts';
import { keyOf } from './text-key';

/** A kind that names bodies (组织, 团体, 集体, 服务队), not things done. */
const ORGANISATION_KIND = /(组织|团体|集体|服务队|协会)$/;
/** A kind that names work done: a project, a case, an activity. */
const PROJECT_KIND = /(项目|案例|活动)$/;
/** A bureau or office opening a project's name, up to its organ word. */
const LEADING_ORGAN =
  /^[\u4e00-\u9fff]{1,6}?(局|厅|廳|委员会|委員會|办公室|辦公室)(?=[\u4e00-\u9fff“"「])/;

export function readKindCell(item: ItemDraft): ItemDraft {
  const kind = keyOf(item.category ?? '');
  if (kind === '' || item.title === '' || item.regionText === null || item.regionUnresolved)
    return item;
  if (ORGANISATION_KIND.test(kind)) {
    const unit = item.unit ?? `${item.regionText}${item.title}`;
    return { ...item, title: '', unit };
  }
  if (PROJECT_KIND.test(kind)) {
    const organ = LEADING_ORGAN.exec(item.title);
    if (organ && item.title.length - organ[0].length >= 4)
      return { ...item, title: item.title.slice(organ[0].length) };
  }
  return item;
}
