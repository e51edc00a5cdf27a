import { type ProjectionFieldsFragment } from '../../../gql/graphql';
import { formatLondonTime } from '../../members/utils/london-time';
import { count, decimal, percent } from '../utils/dashboard-format';
import { ChancesChart } from './ChancesChart';
import { FigureList } from './FigureList';
import { PledgesNeededText } from './PledgesNeededText';

export interface ProjectionResultProps {
  projection: ProjectionFieldsFragment;
  seats: number;
  finishedAt?: string | null;
}

/** What a finished projection says: seats expected, who is elected, chances, pledges needed. */
export function ProjectionResult({ projection, seats, finishedAt }: ProjectionResultProps) {
  const { assumptions } = projection;
  return (
    <div className="pb-stack">
      <FigureList
        className="pb-projection-figures"
        figures={[
          [
            'Expected seats for our slate',
            `${decimal.format(projection.expectedSeats)} of ${seats}`,
          ],
          ['Quota', decimal.format(projection.quota)],
          ['Ballots', count.format(projection.ballots)],
          ['Simulations', count.format(projection.simulations)],
        ]}
      />
      <div>
        <h3 className="pb-projection__subtitle">Elected in the central scenario</h3>
        {projection.elected.length > 0 ? (
          <ol className="pb-projection__elected">
            {projection.elected.map((candidate) => (
              <li key={candidate.id}>
                {candidate.name}
                {candidate.slate?.ours ? <span className="pb-bars__note">ours</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>Nobody reaches the quota with these assumptions.</p>
        )}
        <PledgesNeededText pledgesNeeded={projection.pledgesNeeded} />
      </div>
      <ChancesChart
        chances={projection.chances}
        simulations={projection.simulations}
        elected={projection.elected}
      />
      <p className="pb-muted">
        {`Counted${finishedAt ? ` ${formatLondonTime(finishedAt)}` : ''} with turnout ${percent.format(assumptions.turnout)}, ` +
          `pledges kept ${percent.format(assumptions.pledgeReliability)}, leaning members kept ${percent.format(assumptions.leaningReliability)}, ` +
          `random variation ${percent.format(assumptions.variation)}` +
          (assumptions.slates.length > 0
            ? `; ${assumptions.slates.map((row) => `${row.slate.name} ${percent.format(row.share)} of the rest, loyalty ${percent.format(row.loyalty)}`).join('; ')}.`
            : '.')}
      </p>
    </div>
  );
}
