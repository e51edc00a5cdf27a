import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { type CallListFilterInput } from '../../../gql/graphql';
import { useDebouncedCallback } from '../../members/hooks/useDebouncedCallback';
import { CALL_LIST_MATCH_COUNT_QUERY } from '../graphql/call-lists.operations';
import { count } from '../utils/call-list-labels';

export const MATCH_COUNT_DELAY_MS = 300;

interface Settled {
  regionId: string;
  filter: CallListFilterInput;
}

/** How many members the list would take in now, counted on the server once editing pauses. */
export function MatchCount({ regionId, filter }: Settled) {
  const key = JSON.stringify({ regionId, filter });
  const [settled, setSettled] = useState<Settled>({ regionId, filter });
  const settle = useDebouncedCallback(setSettled, MATCH_COUNT_DELAY_MS);
  const settledKey = JSON.stringify(settled);
  useEffect(() => {
    if (key !== settledKey) settle(JSON.parse(key) as Settled);
  }, [key, settledKey, settle]);

  const { data, previousData, loading, error } = useQuery(CALL_LIST_MATCH_COUNT_QUERY, {
    variables: settled,
    skip: !settled.regionId,
  });
  const matched = (data ?? previousData)?.callListMatchCount;

  let text = 'Choose a region to count its members.';
  if (error) text = `The members could not be counted: ${apiProblems(error)[0]?.message}`;
  else if (matched !== undefined)
    text = `${count.format(matched)} ${matched === 1 ? 'member matches' : 'members match'}`;
  else if (settled.regionId) text = 'Counting members…';

  return (
    <p
      className="pb-match-count"
      role="status"
      aria-busy={loading || key !== settledKey || undefined}
    >
      {text}
    </p>
  );
}
