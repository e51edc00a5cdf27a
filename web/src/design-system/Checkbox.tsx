import { type ReactNode } from 'react';

export interface CheckboxProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
  disabled?: boolean;
}

export function Checkbox({ label, checked, onChange, ...rest }: CheckboxProps) {
  return (
    <label className="pb-check">
      <input
        {...rest}
        type="checkbox"
        className="pb-check__input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/** An on/off setting: a checkbox that reads as a switch to assistive technology. */
export function Switch({ label, checked, onChange, ...rest }: CheckboxProps) {
  return (
    <label className="pb-check">
      <input
        {...rest}
        type="checkbox"
        role="switch"
        className="pb-switch__input"
        checked={checked}
        aria-checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
