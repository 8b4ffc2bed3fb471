/**
 * A title typed into the notices list: stored through the notice edit (one operation, which
 * 撤销 takes back), said in the foot; the list reloads when the foot hears the change.
 */
import type { NoticeOverview } from '../../../../shared/domain';
import { api } from '../../api';
import { announce } from '../../components/undo-bus';

export async function saveNoticeTitle(n: NoticeOverview, typed: unknown): Promise<void> {
  const title = typeof typed === 'string' ? typed.trim() : '';
  if (title === '' || title === n.title) return;
  const r = await api.call('notices/update', { id: n.id, title });
  if (!r.ok) return announce({ message: r.error.message, tone: 'error', dataChanged: false });
  announce({
    message: r.value.opId === null ? '通知信息没有变化' : `已填写标题：${title}（可撤销）`,
    tone: 'info',
    dataChanged: r.value.opId !== null,
  });
}
