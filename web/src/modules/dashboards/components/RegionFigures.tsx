import { count } from '../utils/dashboard-format';

export interface RegionFiguresProps {
  tally: {
    members: number;
    called: number;
    reached: number;
    pledged: number;
    secondPreferenceAgreed: number;
    ballotsReceived: number;
    voted: number;
  };
}

/** The region's headline numbers, from members to votes cast. */
export function RegionFigures({ tally }: RegionFiguresProps) {
  const figures: [string, number][] = [
    ['Members', tally.members],
    ['Called', tally.called],
    ['Reached', tally.reached],
    ['Pledged', tally.pledged],
    ['Will rank ours next', tally.secondPreferenceAgreed],
    ['Have their ballot', tally.ballotsReceived],
    ['Voted', tally.voted],
  ];
  return (
    <dl className="pb-stats">
      {figures.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{count.format(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
