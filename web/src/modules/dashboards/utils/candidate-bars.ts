import { type Bar, type ChartCandidateCount } from './chart-types';
import { count } from './dashboard-format';

/** A candidate's name with "(ours)" when they stand for our slate, for summaries read aloud. */
export function candidateName(candidate: ChartCandidateCount['candidate']): string {
  return candidate.slate?.ours ? `${candidate.name} (ours)` : candidate.name;
}

/** One bar per candidate, largest first (ties by name), coloured by slate, ours marked in words. */
export function candidateBars(
  counts: readonly ChartCandidateCount[],
  valueText: (value: number) => string = (value) => count.format(value),
): Bar[] {
  return [...counts]
    .sort((a, b) => b.count - a.count || a.candidate.name.localeCompare(b.candidate.name))
    .map(({ candidate, count: value }) => ({
      key: candidate.id,
      label: candidate.name,
      value,
      valueText: valueText(value),
      colour: candidate.slate?.colour,
      note: candidate.slate?.ours ? 'ours' : undefined,
    }));
}
