import { useMutation } from '@apollo/client/react';
import {
  checkCallingHours,
  checkMaxAttempts,
  checkName,
  DEFAULT_CALLING_HOURS,
  DEFAULT_MAX_ATTEMPTS,
} from '@phonebank/domain';
import { type FormEvent, useState } from 'react';

import {
  Button,
  Card,
  ErrorMessages,
  NumberField,
  PageHeader,
  parseWholeNumber,
  Select,
  TextField,
} from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import { Link, useNavigate } from '../../../router';
import { useRegionOptions } from '../../members/hooks/useRegionOptions';
import { CREATE_CALL_LIST_MUTATION } from '../graphql/call-lists.operations';
import {
  checkRegion,
  EMPTY_FILTER,
  type FilterDraft,
  filterInput,
  placeCallListField,
} from '../utils/call-list-form';
import { CallListFilterFields } from './CallListFilterFields';
import { MatchCount } from './MatchCount';

/** A coordinator makes a call list from their region's members that match a filter. */
export function NewCallListPage() {
  const navigate = useNavigate();
  const regionOptions = useRegionOptions();
  const [name, setName] = useState('');
  const [chosenRegion, setChosenRegion] = useState('');
  const [filter, setFilter] = useState<FilterDraft>(EMPTY_FILTER);
  const [from, setFrom] = useState(DEFAULT_CALLING_HOURS.from);
  const [to, setTo] = useState(DEFAULT_CALLING_HOURS.to);
  const [maxAttempts, setMaxAttempts] = useState(String(DEFAULT_MAX_ATTEMPTS));
  const [createCallList] = useMutation(CREATE_CALL_LIST_MUTATION, {
    refetchQueries: ['CallLists'],
  });

  const regionId = chosenRegion || regionOptions[0]?.value || '';
  const timeZone = DEFAULT_CALLING_HOURS.timeZone;
  const form = useFormProblems(
    [
      ...checkName('name', name),
      ...checkRegion(regionId),
      ...checkCallingHours({ from, to, timeZone }),
      ...checkMaxAttempts(parseWholeNumber(maxAttempts)),
    ],
    placeCallListField,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    let id: string | undefined;
    const ok = await form.submit(async () => {
      const result = await createCallList({
        variables: {
          input: {
            name: name.trim(),
            regionId,
            filter: filterInput(filter),
            callingHours: { from, to, timeZone },
            maxAttempts: parseWholeNumber(maxAttempts),
          },
        },
      });
      id = result.data?.createCallList.id;
    });
    if (ok && id) navigate(`/call-lists/${id}`);
  }

  return (
    <>
      <p style={{ margin: '0 0 var(--pb-space-3)' }}>
        <Link to="/call-lists">Back to call lists</Link>
      </p>
      <PageHeader
        title="New call list"
        description="The region's members who match, and can be called, become the list's queue."
      />
      <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorMessages messages={form.messages} />
        <Card title="Name and region">
          <div className="pb-form">
            <TextField
              label="Name"
              hint="Volunteers see it, e.g. “LE: not yet pledged”."
              value={name}
              maxLength={1000}
              error={form.errorFor('name')}
              onChange={(value) => {
                setName(value);
                form.touch('name');
              }}
            />
            <Select
              label="Region"
              value={regionId}
              options={
                regionOptions.length > 0 ? regionOptions : [{ value: '', label: 'No region' }]
              }
              error={form.errorFor('regionId')}
              onChange={(value) => {
                setChosenRegion(value);
                form.touch('regionId');
              }}
            />
          </div>
        </Card>
        <Card title="Who to call">
          <div className="pb-form">
            <CallListFilterFields value={filter} onChange={setFilter} errorFor={form.errorFor} />
            <MatchCount regionId={regionId} filter={filterInput(filter)} />
          </div>
        </Card>
        <Card title="When and how often">
          <div className="pb-form">
            <div className="pb-form__row">
              <TextField
                label="Calls from"
                type="time"
                value={from}
                error={form.errorFor('callingHours.from')}
                onChange={(value) => {
                  setFrom(value);
                  form.touch('callingHours.from');
                }}
              />
              <TextField
                label="Calls until"
                type="time"
                hint={`${timeZone} time.`}
                value={to}
                error={form.errorFor('callingHours.to')}
                onChange={(value) => {
                  setTo(value);
                  form.touch('callingHours.to');
                }}
              />
            </div>
            <NumberField
              label="Most attempts"
              hint="Unanswered calls before a member is given up on."
              min={1}
              value={maxAttempts}
              error={form.errorFor('maxAttempts')}
              onChange={(value) => {
                setMaxAttempts(value);
                form.touch('maxAttempts');
              }}
            />
          </div>
        </Card>
        <div className="pb-button-row">
          <Button type="submit" loading={form.submitting}>
            Create call list
          </Button>
          <Link to="/call-lists">Cancel</Link>
        </div>
      </form>
    </>
  );
}
