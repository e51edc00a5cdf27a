import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { useFallbackPolling } from '../../../apollo/live/live-status';
import { useLiveSubscription } from '../../../apollo/live/useLiveSubscription';
import { Alert, Button, NumberField, parseWholeNumber, Table } from '../../../design-system';
import {
  FIRST_PREFERENCE_TARGETS_QUERY,
  REGION_ACTIVITY_SUBSCRIPTION,
  SET_FIRST_PREFERENCE_TARGETS_MUTATION,
} from '../graphql/call-lists.operations';
import { CALL_LIST_POLL_MS, count } from '../utils/call-list-labels';

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

interface Row {
  id: string;
  name: string;
  firstPreferences: number;
  actual: number;
  target: number;
}

/**
 * Vote management for the list's region: how our supporters' first preferences are split
 * among our candidates against the split the coordinator wants, which decides whom the call
 * screen recommends. Weights are relative: 2 asks for twice the share of 1; 0 never recommends.
 */
export function FirstPreferenceBalance({
  callListId,
  regionId,
}: {
  callListId: string;
  regionId: string;
}) {
  const pushes = useRef(0);
  const { error: liveError } = useLiveSubscription(REGION_ACTIVITY_SUBSCRIPTION, {
    variables: { regionId },
    onData: ({ client }) => {
      // The first push is the region as it stands, which the query below already read.
      pushes.current += 1;
      if (pushes.current > 1)
        void client.refetchQueries({ include: [FIRST_PREFERENCE_TARGETS_QUERY] });
    },
  });
  const { data, error } = useQuery(FIRST_PREFERENCE_TARGETS_QUERY, {
    variables: { id: callListId },
    pollInterval: useFallbackPolling(CALL_LIST_POLL_MS, liveError),
  });
  const [setTargets, { loading: saving }] = useMutation(SET_FIRST_PREFERENCE_TARGETS_MUTATION, {
    refetchQueries: [FIRST_PREFERENCE_TARGETS_QUERY],
  });
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const region = data?.callList.region;
  if (!region) return error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null;
  const targets = region.firstPreferenceTargets;
  if (targets.length === 0)
    return <p>No candidate of our slate stands in {region.code}: nothing to balance.</p>;

  const total = targets.reduce((sum, target) => sum + target.firstPreferences, 0);
  const rows: Row[] = targets.map((target) => ({
    id: target.candidate.id,
    name: target.candidate.name,
    firstPreferences: target.firstPreferences,
    actual: total > 0 ? target.firstPreferences / total : 0,
    target: target.share,
  }));
  const weightOf = (id: string) =>
    weights[id] ?? String(targets.find((t) => t.candidate.id === id)?.weight ?? 1);

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    try {
      await setTargets({
        variables: {
          regionId: region!.id,
          targets: rows.map((row) => ({
            candidateId: row.id,
            weight: parseWholeNumber(weightOf(row.id)),
          })),
        },
      });
      setWeights({});
      setSaved(true);
    } catch (caught) {
      setProblem(apiProblems(caught)[0]?.message ?? 'The split could not be saved.');
    }
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p style={{ marginTop: 0 }}>
        Supporters of our slate are asked to give their first preference to whichever of our
        candidates is furthest below their target share, and to rank the rest of our slate next.
        Spreading first preferences keeps all our candidates in the count until transfers can elect
        them, instead of one piling up votes past the quota while another is eliminated early.
        Weights are relative: 2 asks for twice the share of 1; 0 never recommends that candidate.
      </p>
      <Table
        caption={`First preferences of our supporters in ${region.code} (${count.format(total)} so far)`}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { key: 'name', header: 'Candidate', render: (row) => row.name },
          {
            key: 'pledged',
            header: 'First preferences',
            render: (row) => (
              <span className="pb-number">{`${count.format(row.firstPreferences)} (${percent.format(row.actual)})`}</span>
            ),
          },
          {
            key: 'balance',
            header: 'Against the target',
            render: (row) => (
              <span
                className="pb-balance"
                role="img"
                aria-label={`${percent.format(row.actual)} of our first preferences against a target of ${percent.format(row.target)}`}
              >
                <span
                  className="pb-balance__actual"
                  style={{ width: percent.format(row.actual) }}
                />
                <span className="pb-balance__target" style={{ left: percent.format(row.target) }} />
              </span>
            ),
          },
          {
            key: 'weight',
            header: 'Weight',
            render: (row) => (
              <NumberField
                label={`Weight for ${row.name}`}
                min={0}
                max={100}
                value={weightOf(row.id)}
                onChange={(value) => {
                  setWeights((current) => ({ ...current, [row.id]: value }));
                  setSaved(false);
                }}
              />
            ),
          },
        ]}
      />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {saved ? (
        <Alert tone="success">Saved: the call screen recommends by the new split.</Alert>
      ) : null}
      <div className="pb-button-row">
        <Button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the split'}
        </Button>
      </div>
    </form>
  );
}
