import { type ReactNode } from 'react';

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="pb-empty-state">
      <p className="pb-empty-state__title">{title}</p>
      {children}
      {action}
    </div>
  );
}
