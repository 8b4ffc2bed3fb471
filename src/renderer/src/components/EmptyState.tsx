import type { ReactNode } from 'react';

/** What a page shows before there is anything to show: what it is for, and the next step. */
export function EmptyState(props: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state" role="status">
      <h2>{props.title}</h2>
      {props.children && <div className="empty-state-body">{props.children}</div>}
      {props.action && <div className="empty-state-action">{props.action}</div>}
    </section>
  );
}
