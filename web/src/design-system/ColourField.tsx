import { type ReactNode } from 'react';

import { FormField } from './FormField';

export interface ColourFieldProps {
  label: ReactNode;
  /** A hex colour such as #d62828. */
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
}

const SWATCH_FALLBACK = '#000000';

export function ColourField({ label, value, onChange, hint, error }: ColourFieldProps) {
  const swatch = /^#[0-9a-fA-F]{6}$/.test(value) ? value : SWATCH_FALLBACK;
  return (
    <FormField label={label} hint={hint ?? 'A hex colour such as #d62828.'} error={error}>
      {(control) => (
        <div className="pb-colour-field">
          <input
            type="color"
            className="pb-colour-field__swatch"
            aria-label="Pick a colour"
            value={swatch.toLowerCase()}
            onChange={(event) => onChange(event.target.value)}
          />
          <input
            {...control}
            className="pb-input"
            value={value}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
      )}
    </FormField>
  );
}
