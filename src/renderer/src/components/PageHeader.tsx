import type { ReactNode } from 'react';

export function PageHeader(props: { title: string; subtitle?: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{props.title}</h1>
        {props.subtitle && <p className="page-subtitle">{props.subtitle}</p>}
      </div>
      {props.children && <div className="page-actions">{props.children}</div>}
    </header>
  );
}
