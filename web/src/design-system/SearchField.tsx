import { type ReactNode, type Ref } from 'react';

import { FormField } from './FormField';

export interface SearchFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  placeholder?: string;
  /** A key that focuses the box from anywhere on the page, shown to the user (e.g. "/"). */
  shortcut?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A search box; pair it with useDebouncedValue so typing does not query on every key. */
export function SearchField({
  label,
  value,
  onChange,
  hint,
  placeholder,
  shortcut,
  ref,
}: SearchFieldProps) {
  return (
    <FormField label={label} hint={hint}>
      {(control) => (
        <div className="pb-search">
          <input
            {...control}
            ref={ref}
            type="search"
            className="pb-input pb-search__input"
            value={value}
            placeholder={placeholder}
            autoComplete="off"
            spellCheck={false}
            aria-keyshortcuts={shortcut}
            onChange={(event) => onChange(event.target.value)}
          />
          {shortcut ? (
            <kbd className="pb-search__kbd" aria-hidden="true">
              {shortcut}
            </kbd>
          ) : null}
        </div>
      )}
    </FormField>
  );
}
