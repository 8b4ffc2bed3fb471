/**
 * What hovering a record's passage in the notice text says: its kind and its name — the title,
 * or, for a record with none (most zones and observation points are listed by their place
 * alone), the place the notice wrote, so the hint never ends at 实验区： with nothing after it.
 */
import { RECORD_KIND_LABELS, type NoticeSpan } from '../../../../shared/domain';

const given = (s: string | null) => (s && s.trim() !== '' ? s.trim() : null);

export function spanHint(r: Pick<NoticeSpan, 'kind' | 'title' | 'regionText' | 'live'>): string {
  const name = given(r.title) ?? given(r.regionText) ?? '（无名称）';
  return `${RECORD_KIND_LABELS[r.kind]}：${name}${r.live ? '' : '（已删除或已合并）'}`;
}
