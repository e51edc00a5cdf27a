import { type KeyboardEvent, type ReactNode, useState } from 'react';

import { FormField } from './FormField';

export interface TagInputProps {
  label: ReactNode;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  hint?: ReactNode;
  error?: string;
  /** Applied to each tag as it is added, e.g. lower-casing. */
  normalise?: (tag: string) => string;
}

/** Tags typed as chips: Enter or comma adds one, Backspace in an empty box removes the last. */
export function TagInput({
  label,
  value,
  onChange,
  hint,
  error,
  normalise = (tag) => tag.trim(),
}: TagInputProps) {
  const [draft, setDraft] = useState('');

  function commit(): void {
    const tag = normalise(draft);
    if (tag && !value.includes(tag)) onChange([...value, tag]);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter' || event.key === ',') {
      if (draft.trim() === '') return;
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  return (
    <FormField label={label} hint={hint ?? 'Press Enter or comma after each tag.'} error={error}>
      {(control) => (
        <div className="pb-tag-input" aria-invalid={control['aria-invalid']}>
          <ul
            className="pb-button-row"
            aria-label="Tags"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {value.map((tag) => (
              <li key={tag} className="pb-chip">
                {tag}
                <button
                  type="button"
                  className="pb-chip__remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => onChange(value.filter((other) => other !== tag))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <input
            {...control}
            className="pb-tag-input__input"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={commit}
          />
        </div>
      )}
    </FormField>
  );
}
