import { type ElectionQuery } from '../../../gql/graphql';

export type ElectionDetail = NonNullable<ElectionQuery['election']>;
export type RegionDetail = ElectionDetail['regions'][number];
export type SlateDetail = ElectionDetail['slates'][number];
export type CandidateDetail = RegionDetail['candidates'][number];

/** After any change to an election's parts, the election page reloads what it shows. */
export const REFETCH_ELECTION = {
  refetchQueries: ['Election', 'Elections'],
  awaitRefetchQueries: true,
};

export function describeMinima(region: Pick<RegionDetail, 'minima'>): string {
  if (region.minima.length === 0) return 'none';
  return region.minima.map((minimum) => `at least ${minimum.count} ${minimum.tag}`).join(', ');
}
