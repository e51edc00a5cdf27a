import { useMutation } from '@apollo/client/react';
import {
  checkCallingHours,
  checkMaxAttempts,
  checkName,
  checkRetryDelays,
  Disposition,
} from '@phonebank/domain';
import { type FormEvent, useState } from 'react';

import {
  Badge,
  Button,
  ErrorMessages,
  NumberField,
  parseWholeNumber,
  TextField,
} from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import { type CallListQuery } from '../../../gql/graphql';
import { UPDATE_CALL_LIST_MUTATION } from '../graphql/call-lists.operations';
import { placeCallListField } from '../utils/call-list-form';

type CallListDetail = CallListQuery['callList'];

export interface CallListSettingsFormProps {
  callList: Pick<
    CallListDetail,
    'id' | 'name' | 'callingHours' | 'maxAttempts' | 'leaseMinutes' | 'retryDelays'
  >;
  disabled?: boolean;
}

/** A list's name, calling hours, attempts, lease and retry delays; the filter is fixed. */
export function CallListSettingsForm({ callList, disabled = false }: CallListSettingsFormProps) {
  const { callingHours, retryDelays } = callList;
  const [name, setName] = useState(callList.name);
  const [from, setFrom] = useState(callingHours.from);
  const [to, setTo] = useState(callingHours.to);
  const [maxAttempts, setMaxAttempts] = useState(String(callList.maxAttempts));
  const [leaseMinutes, setLeaseMinutes] = useState(String(callList.leaseMinutes));
  const [noAnswer, setNoAnswer] = useState(String(retryDelays.noAnswerMinutes));
  const [busy, setBusy] = useState(String(retryDelays.busyMinutes));
  const [voicemail, setVoicemail] = useState(String(retryDelays.voicemailMinutes));
  const [saved, setSaved] = useState(false);
  const [updateCallList] = useMutation(UPDATE_CALL_LIST_MUTATION);
  const timeZone = callingHours.timeZone;

  const delays = {
    noAnswerMinutes: parseWholeNumber(noAnswer),
    busyMinutes: parseWholeNumber(busy),
    voicemailMinutes: parseWholeNumber(voicemail),
  };
  const form = useFormProblems(
    [
      ...checkName('name', name),
      ...checkCallingHours({ from, to, timeZone }),
      ...checkMaxAttempts(parseWholeNumber(maxAttempts)),
      ...checkRetryDelays({
        [Disposition.NO_ANSWER]: delays.noAnswerMinutes,
        [Disposition.BUSY]: delays.busyMinutes,
        [Disposition.VOICEMAIL]: delays.voicemailMinutes,
      }),
    ],
    placeCallListField,
  );

  function edited(field: string, set: (value: string) => void): (value: string) => void {
    return (value) => {
      set(value);
      setSaved(false);
      form.touch(field);
    };
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const ok = await form.submit(() =>
      updateCallList({
        variables: {
          input: {
            id: callList.id,
            name: name.trim(),
            callingHours: { from, to, timeZone },
            maxAttempts: parseWholeNumber(maxAttempts),
            leaseMinutes: parseWholeNumber(leaseMinutes),
            retryDelays: delays,
          },
        },
      }),
    );
    setSaved(ok);
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorMessages messages={form.messages} />
      <TextField
        label="Name"
        value={name}
        maxLength={1000}
        disabled={disabled}
        error={form.errorFor('name')}
        onChange={edited('name', setName)}
      />
      <fieldset className="pb-fieldset">
        <legend>
          Calling hours{' '}
          {callingHours.openNow ? (
            <Badge tone="success">open now</Badge>
          ) : (
            <Badge tone="warning">closed now</Badge>
          )}
        </legend>
        <div className="pb-form__row">
          <TextField
            label="Calls from"
            type="time"
            value={from}
            disabled={disabled}
            error={form.errorFor('callingHours.from')}
            onChange={edited('callingHours.from', setFrom)}
          />
          <TextField
            label="Calls until"
            type="time"
            hint={`${timeZone} time.`}
            value={to}
            disabled={disabled}
            error={form.errorFor('callingHours.to')}
            onChange={edited('callingHours.to', setTo)}
          />
        </div>
      </fieldset>
      <div className="pb-form__row">
        <NumberField
          label="Most attempts"
          hint="Unanswered calls before giving up."
          min={1}
          value={maxAttempts}
          disabled={disabled}
          error={form.errorFor('maxAttempts')}
          onChange={edited('maxAttempts', setMaxAttempts)}
        />
        <NumberField
          label="Lease (minutes)"
          hint="How long a volunteer holds a member."
          min={1}
          value={leaseMinutes}
          disabled={disabled}
          error={form.errorFor('leaseMinutes')}
          onChange={edited('leaseMinutes', setLeaseMinutes)}
        />
      </div>
      <fieldset className="pb-fieldset">
        <legend>Retry after (minutes)</legend>
        <div className="pb-form__row">
          <NumberField
            label="No answer"
            min={1}
            value={noAnswer}
            disabled={disabled}
            error={form.errorFor('retryDelays.noAnswerMinutes')}
            onChange={edited('retryDelays.noAnswerMinutes', setNoAnswer)}
          />
          <NumberField
            label="Busy"
            min={1}
            value={busy}
            disabled={disabled}
            error={form.errorFor('retryDelays.busyMinutes')}
            onChange={edited('retryDelays.busyMinutes', setBusy)}
          />
          <NumberField
            label="Voicemail"
            min={1}
            value={voicemail}
            disabled={disabled}
            error={form.errorFor('retryDelays.voicemailMinutes')}
            onChange={edited('retryDelays.voicemailMinutes', setVoicemail)}
          />
        </div>
      </fieldset>
      <div className="pb-button-row">
        <Button type="submit" loading={form.submitting} disabled={disabled}>
          Save settings
        </Button>
        {saved ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}
