import { type DragEvent, type ReactNode, useId, useState } from 'react';

export interface FileDropProps {
  label: ReactNode;
  hint?: ReactNode;
  /** e.g. ".csv,text/csv" */
  accept?: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  /** The chosen file's name, shown in the zone. */
  chosen?: string;
}

/**
 * A file picker that also takes a dropped file. The native input stays the control, so
 * keyboard and screen-reader users pick a file as usual; the zone is only a larger target.
 */
export function FileDrop({ label, hint, accept, onFile, disabled = false, chosen }: FileDropProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const [over, setOver] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  return (
    <div
      className={`pb-file-drop${over ? ' pb-file-drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className="pb-field__label" htmlFor={id}>
        {label}
      </label>
      <span className="pb-field__hint" id={hintId}>
        {hint ?? 'Choose a file, or drop it here.'}
      </span>
      <input
        id={id}
        type="file"
        className="pb-file-drop__input"
        accept={accept}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          // Choosing the same file again should read it again.
          event.target.value = '';
        }}
      />
      {chosen ? <p className="pb-file-drop__chosen">{chosen}</p> : null}
    </div>
  );
}
