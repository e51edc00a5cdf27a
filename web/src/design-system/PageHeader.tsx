import { type ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <header className="pb-page-header">
      <div>
        <h1 className="pb-page-header__title">{title}</h1>
        {description ? <p className="pb-page-header__description">{description}</p> : null}
      </div>
      {actions ? <div className="pb-button-row">{actions}</div> : null}
    </header>
  );
}
