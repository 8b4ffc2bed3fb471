/**
 * The start-up reminder: what is overdue and what falls due within 7 days. In browser
 * mode it goes through the web Notification API once permission is granted, with an
 * in-page banner always as the fallback. The desktop shell can call the same
 * `notifyDeadlines` (Electron renderers implement the Notification API natively, or the
 * shell can pass its own `notify`).
 */
import { deadlineWho, isOpenDuty } from '../../../../shared/schedule';
import type { DeadlineItem } from './types';

export interface DeadlineDigest {
  overdue: DeadlineItem[];
  dueSoon: DeadlineItem[];
  title: string;
  body: string;
}

const who = (i: DeadlineItem) => deadlineWho(i) ?? '';

export function deadlineDigest(items: readonly DeadlineItem[], days = 7): DeadlineDigest | null {
  const overdue = items.filter((i) => i.status === 'overdue' && !i.historical);
  const dueSoon = items.filter((i) => isOpenDuty(i) && i.daysLeft >= 0 && i.daysLeft <= days);
  if (overdue.length === 0 && dueSoon.length === 0) return null;
  const parts = [
    overdue.length ? `${overdue.length} 项已逾期` : '',
    dueSoon.length ? `${dueSoon.length} 项 ${days} 天内到期` : '',
  ];
  const first = [...overdue, ...dueSoon]
    .slice(0, 3)
    .map((i) => `${who(i)} ${i.label}（${i.endOn ?? i.dueOn}）`);
  return {
    overdue,
    dueSoon,
    title: `台账期限提醒：${parts.filter(Boolean).join('，')}`,
    body: first.join('\n'),
  };
}

export type Notify = (title: string, body: string) => boolean;

/** The system notification when allowed; false tells the caller to rely on the banner. */
export const webNotify: Notify = (title, body) => {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return false;
  new Notification(title, { body, tag: 'taizhang-deadlines' });
  return true;
};

export function notifyDeadlines(
  digest: DeadlineDigest | null,
  notify: Notify = webNotify,
): boolean {
  return digest ? notify(digest.title, digest.body) : false;
}

/** Once per app session (a page reload counts as a new start). */
let notifiedThisSession = false;
export function notifyOnceAtStart(
  digest: DeadlineDigest | null,
  notify: Notify = webNotify,
): boolean {
  if (notifiedThisSession || !digest) return false;
  notifiedThisSession = true;
  return notifyDeadlines(digest, notify);
}
