export interface SpinnerProps {
  /** When given, the spinner announces itself as a status; otherwise it is decoration. */
  label?: string;
}

export function Spinner({ label }: SpinnerProps) {
  if (!label) return <span className="pb-spinner" aria-hidden="true" />;
  return (
    <span role="status" className="pb-spinner-status">
      <span className="pb-spinner" aria-hidden="true" />{' '}
      <span className="pb-visually-hidden">{label}</span>
    </span>
  );
}
