import { type ReactNode, useId } from 'react';

/** What a control needs to be labelled and described by its field. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FormFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Renders the control with the id and ARIA attributes that tie it to the label, hint and error. */
  children: (control: ControlProps) => ReactNode;
  id?: string;
}

export function FormField({ label, hint, error, children, id }: FormFieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="pb-field">
      <label className="pb-field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint ? (
        <span className="pb-field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {children({
        id: controlId,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
      {error ? (
        <span className="pb-field__error" id={errorId}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
