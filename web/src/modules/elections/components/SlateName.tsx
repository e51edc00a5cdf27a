export interface SlateNameProps {
  slate: { name: string; colour: string; ours: boolean };
}

export function SlateName({ slate }: SlateNameProps) {
  return (
    <span>
      <span className="pb-colour-dot" style={{ background: slate.colour }} aria-hidden="true" />{' '}
      {slate.name}
      {slate.ours ? ' (ours)' : ''}
    </span>
  );
}
