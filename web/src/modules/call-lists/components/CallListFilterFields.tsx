import { Checkbox, TagInput, TextField } from '../../../design-system';
import { type PledgeStatus } from '../../../gql/graphql';
import { PLEDGE_STATUS_LABELS } from '../../members/utils/member-labels';
import { type FilterDraft } from '../utils/call-list-form';

export interface CallListFilterFieldsProps {
  value: FilterDraft;
  onChange: (next: FilterDraft) => void;
  errorFor: (field: string) => string | undefined;
}

const PLEDGE_STATUSES = Object.keys(PLEDGE_STATUS_LABELS) as PledgeStatus[];

/** Which of the region's members a new list takes in; nothing chosen means everyone callable. */
export function CallListFilterFields({ value, onChange, errorFor }: CallListFilterFieldsProps) {
  const pledgeError = errorFor('filter.pledgeStatuses');
  function togglePledge(status: PledgeStatus, on: boolean): void {
    const pledgeStatuses = on
      ? [...value.pledgeStatuses, status]
      : value.pledgeStatuses.filter((other) => other !== status);
    onChange({ ...value, pledgeStatuses });
  }
  return (
    <>
      <fieldset className="pb-fieldset">
        <legend>Pledge</legend>
        <span className="pb-field__hint">
          Members whose latest pledge is one of these. Tick none to take everyone.
        </span>
        {PLEDGE_STATUSES.map((status) => (
          <Checkbox
            key={status}
            label={PLEDGE_STATUS_LABELS[status]}
            checked={value.pledgeStatuses.includes(status)}
            onChange={(on) => togglePledge(status, on)}
          />
        ))}
        <Checkbox
          label="No pledge yet"
          checked={value.unpledged}
          onChange={(unpledged) => onChange({ ...value, unpledged })}
        />
        {pledgeError ? <span className="pb-field__error">{pledgeError}</span> : null}
      </fieldset>
      <fieldset className="pb-fieldset">
        <legend>Calls and phones</legend>
        <Checkbox
          label="Never called"
          checked={value.neverCalled}
          onChange={(neverCalled) => onChange({ ...value, neverCalled })}
        />
        <Checkbox
          label="Mobile numbers only"
          checked={value.mobileOnly}
          onChange={(mobileOnly) => onChange({ ...value, mobileOnly })}
        />
        <TextField
          label="Not called since"
          hint="Leave empty to ignore when members were last called."
          type="date"
          value={value.notCalledSince}
          error={errorFor('filter.notCalledSince')}
          onChange={(notCalledSince) => onChange({ ...value, notCalledSince })}
        />
      </fieldset>
      <TagInput
        label="Tags"
        hint="Members with any of these tags. Press Enter or comma after each tag."
        value={value.tags}
        normalise={(tag) => tag.trim().toLowerCase()}
        error={errorFor('filter.tags')}
        onChange={(tags) => onChange({ ...value, tags })}
      />
    </>
  );
}
