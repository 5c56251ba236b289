import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export function EmptyState(props: {
  icon: IconName;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <div className="empty-state-icon">
        <Icon name={props.icon} size={32} />
      </div>
      <h2 id="empty-state-title">{props.title}</h2>
      <p>{props.children}</p>
      {props.action}
    </section>
  );
}
