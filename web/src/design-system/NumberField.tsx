import { type ReactNode } from 'react';

import { FormField } from './FormField';

export interface NumberFieldProps {
  label: ReactNode;
  /** The text as typed, so a half-typed number is not lost; parse it with `parseWholeNumber`. */
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  min?: number;
  max?: number;
  required?: boolean;
  name?: string;
  disabled?: boolean;
}

export function parseWholeNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function NumberField({ label, value, onChange, hint, error, ...rest }: NumberFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...rest}
          {...control}
          type="number"
          inputMode="numeric"
          step={1}
          className="pb-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
