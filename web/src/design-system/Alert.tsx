import { type ReactNode } from 'react';

export type AlertTone = 'error' | 'info' | 'success';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
}

/** Errors interrupt (role=alert); information and success are announced politely (role=status). */
export function Alert({ tone = 'info', title, children }: AlertProps) {
  return (
    <div className={`pb-alert pb-alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="pb-alert__title">{title}</p> : null}
      {children}
    </div>
  );
}

export interface ErrorMessagesProps {
  messages: readonly string[];
  title?: ReactNode;
}

export function ErrorMessages({ messages, title }: ErrorMessagesProps) {
  if (messages.length === 0) return null;
  return (
    <Alert tone="error" title={title}>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </Alert>
  );
}
