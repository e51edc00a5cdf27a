export interface FigureListProps {
  /** Each figure's name and value as shown, in order. */
  figures: readonly (readonly [string, string])[];
  className?: string;
}

/** Headline numbers as a row of boxes: a name over each value. */
export function FigureList({ figures, className }: FigureListProps) {
  return (
    <dl className={className ? `pb-stats ${className}` : 'pb-stats'}>
      {figures.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
