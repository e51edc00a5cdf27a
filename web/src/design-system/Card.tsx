import { type ReactNode, useId } from 'react';

export interface CardProps {
  title?: ReactNode;
  /** Heading level for the title, to keep the page outline right. */
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children?: ReactNode;
  id?: string;
}

export function Card({ title, headingLevel = 2, actions, children, id }: CardProps) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="pb-card" aria-labelledby={title ? titleId : undefined} id={id}>
      {title || actions ? (
        <div className="pb-page-header" style={{ marginBottom: 0 }}>
          {title ? (
            <Heading className="pb-card__title" id={titleId}>
              {title}
            </Heading>
          ) : null}
          {actions ? <div className="pb-button-row">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
