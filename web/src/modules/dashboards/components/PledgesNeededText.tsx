import { count } from '../utils/dashboard-format';

export interface PledgesNeededTextProps {
  pledgesNeeded?: {
    candidate: { name: string };
    firstPreferences?: number | null;
    secondPreferences?: number | null;
  } | null;
}

function more(n: number, what: string): string {
  return `${count.format(n)} more ${what}${n === 1 ? '' : 's'}`;
}

/** "40 more first preferences for Ann Ours would elect them": where a few pledges change a seat. */
export function PledgesNeededText({ pledgesNeeded }: PledgesNeededTextProps) {
  if (!pledgesNeeded) {
    return <p>No further candidate of ours is within reach in the central scenario.</p>;
  }
  const { candidate, firstPreferences, secondPreferences } = pledgesNeeded;
  const ways = [
    firstPreferences != null
      ? `${more(firstPreferences, 'first preference')} for ${candidate.name}`
      : '',
    secondPreferences != null
      ? `${more(secondPreferences, 'second preference')} for ${candidate.name} from other slates’ voters`
      : '',
  ].filter(Boolean);
  if (ways.length === 0) {
    return (
      <p>{`${candidate.name} is our nearest candidate, but no number of extra pledges elects them in the central scenario.`}</p>
    );
  }
  return <p className="pb-pledges-needed">{`${ways.join(', or ')} would elect them.`}</p>;
}
