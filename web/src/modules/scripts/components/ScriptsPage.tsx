import { useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, EmptyState, PageHeader, Select, Spinner } from '../../../design-system';
import { type CallScriptFieldsFragment } from '../../../gql/graphql';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import {
  CALL_SCRIPTS_QUERY,
  SCRIPT_CALL_LISTS_QUERY,
  SCRIPT_ELECTIONS_QUERY,
} from '../graphql/scripts.operations';
import {
  BUILT_IN_STEPS,
  type PlaceValue,
  placeOf,
  sampleContext,
  stepDrafts,
} from '../utils/script-draft';
import { ScriptEditor } from './ScriptEditor';

/**
 * Coordinators and admins edit the scripts callers follow: the election's default (admins),
 * a region's, or one call list's. The most specific one a list has applies.
 */
export function ScriptsPage() {
  const me = useCurrentUser();
  const elections = useQuery(SCRIPT_ELECTIONS_QUERY);
  const lists = useQuery(SCRIPT_CALL_LISTS_QUERY);
  const [chosenElection, setChosenElection] = useState('');
  const [chosenPlace, setChosenPlace] = useState<PlaceValue | ''>('');
  const [saved, setSaved] = useState<{ place: string; version: number }>();

  const election =
    elections.data?.elections.find((e) => e.id === chosenElection) ?? elections.data?.elections[0];
  const scripts = useQuery(CALL_SCRIPTS_QUERY, {
    variables: { electionId: election?.id ?? '' },
    skip: !election,
  });

  if (elections.loading) return <Spinner label="Loading elections" />;
  if (elections.error)
    return (
      <Alert tone="error" title="The elections could not load">
        <p>{apiProblems(elections.error)[0]?.message}</p>
      </Alert>
    );
  if (!election)
    return (
      <>
        <PageHeader title="Call scripts" />
        <EmptyState title="No election yet">An admin sets one up first.</EmptyState>
      </>
    );

  const reachable = me.role === 'ADMIN' ? null : new Set(me.regions.map((r) => r.id));
  const regions = election.regions.filter((region) => !reachable || reachable.has(region.id));
  const regionIds = new Set(regions.map((region) => region.id));
  const electionLists = (lists.data?.callLists ?? []).filter((list) =>
    regionIds.has(list.region.id),
  );
  const placeOptions: { value: PlaceValue; label: string }[] = [
    ...(me.role === 'ADMIN'
      ? [{ value: 'election' as const, label: 'Election default (every region)' }]
      : []),
    ...regions.map((region) => ({
      value: `region:${region.id}` as const,
      label: `Region ${region.code}: ${region.name}`,
    })),
    ...electionLists.map((list) => ({
      value: `list:${list.id}` as const,
      label: `Call list: ${list.name} (${list.region.code})`,
    })),
  ];
  const placeValue =
    placeOptions.find((option) => option.value === chosenPlace)?.value ?? placeOptions[0]?.value;

  const header = (
    <>
      <PageHeader
        title="Call scripts"
        description="What callers read and ask. A call list follows its own script, else its region’s, else the election’s default, else the built-in one."
      />
      <div className="pb-form__row">
        {(elections.data?.elections.length ?? 0) > 1 ? (
          <Select
            label="Election"
            value={election.id}
            options={(elections.data?.elections ?? []).map((e) => ({ value: e.id, label: e.name }))}
            onChange={(value) => {
              setChosenElection(value);
              setChosenPlace('');
            }}
          />
        ) : null}
        {placeValue ? (
          <Select
            label="Script for"
            value={placeValue}
            options={placeOptions}
            onChange={(value) => setChosenPlace(value)}
          />
        ) : null}
      </div>
    </>
  );

  if (!placeValue)
    return (
      <>
        {header}
        <EmptyState title="No region to script">
          You coordinate no region of this election.
        </EmptyState>
      </>
    );
  if (scripts.loading && !scripts.data)
    return (
      <>
        {header}
        <Spinner label="Loading scripts" />
      </>
    );
  if (scripts.error)
    return (
      <>
        {header}
        <Alert tone="error" title="The scripts could not load">
          <p>{apiProblems(scripts.error)[0]?.message}</p>
        </Alert>
      </>
    );

  const all = scripts.data?.callScripts ?? [];
  const place = placeOf(placeValue);
  const list = electionLists.find((l) => l.id === place.callListId);
  const regionId = place.regionId ?? list?.region.id ?? null;
  const region = election.regions.find((r) => r.id === regionId) ?? election.regions[0];
  const find = (test: (s: CallScriptFieldsFragment) => boolean) => all.find(test);
  const electionDefault = find((s) => s.scope === 'ELECTION');
  const regionScript = regionId
    ? find((s) => s.scope === 'REGION' && s.regionId === regionId)
    : undefined;
  const own = place.callListId
    ? find((s) => s.callListId === place.callListId)
    : place.regionId
      ? regionScript
      : electionDefault;
  const fallback = [
    ...(place.callListId && regionScript
      ? [{ label: `the region’s script (version ${regionScript.version})`, script: regionScript }]
      : []),
    ...(placeValue !== 'election' && electionDefault
      ? [
          {
            label: `the election’s default (version ${electionDefault.version})`,
            script: electionDefault,
          },
        ]
      : []),
  ][0];
  const inherited = fallback
    ? { label: fallback.label, steps: stepDrafts(fallback.script.steps) }
    : { label: 'the built-in script', steps: BUILT_IN_STEPS };

  return (
    <>
      {header}
      {saved && saved.place === placeValue ? (
        <Alert tone="success">Saved as version {saved.version}.</Alert>
      ) : null}
      <ScriptEditor
        key={`${placeValue}:${own?.versionId ?? 'none'}`}
        electionId={election.id}
        place={place}
        own={own}
        inherited={inherited}
        context={sampleContext(election, region, me.name)}
        onSaved={(version) => setSaved({ place: placeValue, version })}
      />
    </>
  );
}
