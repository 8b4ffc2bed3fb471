/**
 * The start-up reminder: what is overdue and what falls due within 7 days. In browser
 * mode it goes through the web Notification API once permission is granted, with an
 * in-page banner always as the fallback. The desktop shell can call the same
 * `notifyDeadlines` (Electron renderers implement the Notification API natively, or the
 * shell can pass its own `notify`).
 */
import { deadlineWho, type DeadlineGlance } from '../../../../shared/schedule';
import type { DeadlineItem } from './types';

export interface DeadlineDigest {
  overdue: number;
  dueSoon: number;
  title: string;
  body: string;
}

const who = (i: DeadlineItem) => deadlineWho(i) ?? '';

/** From 首页's glance: overdue (history apart) and due within 7 days, the first three named. */
export function deadlineDigest(glance: DeadlineGlance): DeadlineDigest | null {
  const days = 7;
  const overdue = glance.counts.overdue;
  const dueSoon = glance.counts.within7;
  if (overdue === 0 && dueSoon === 0) return null;
  const parts = [
    overdue ? `${overdue} 项已逾期` : '',
    dueSoon ? `${dueSoon} 项 ${days} 天内到期` : '',
  ];
  const first = glance.first.map((i) => `${who(i)} ${i.label}（${i.endOn ?? i.dueOn}）`);
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
