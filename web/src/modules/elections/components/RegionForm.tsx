import { useMutation } from '@apollo/client/react';
import {
  checkMinima,
  checkName,
  checkRegionCode,
  checkSeats,
  normaliseRegionCode,
  normaliseTag,
} from '@phonebank/domain';
import { type FormEvent, useState } from 'react';

import { type PlaceField } from '../../../apollo/errors';
import {
  Button,
  ErrorMessages,
  NumberField,
  parseWholeNumber,
  TextField,
} from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import { CREATE_REGION_MUTATION, UPDATE_REGION_MUTATION } from '../graphql/elections.operations';
import { REFETCH_ELECTION, type RegionDetail } from '../utils/election-types';

export interface RegionFormProps {
  electionId: string;
  region?: RegionDetail;
  onDone: () => void;
}

interface MinimumRow {
  key: number;
  tag: string;
  count: string;
}

const MINIMUM_FIELD = /^minima\[(\d+)\]\.(tag|count)$/;

const placeField: PlaceField = (field) => {
  if (['code', 'name', 'seats', 'minima'].includes(field)) return field;
  return MINIMUM_FIELD.test(field) ? field : undefined;
};

let nextRowKey = 0;
function newRow(tag = '', count = ''): MinimumRow {
  nextRowKey += 1;
  return { key: nextRowKey, tag, count };
}

export function RegionForm({ electionId, region, onDone }: RegionFormProps) {
  const [code, setCode] = useState(region?.code ?? '');
  const [name, setName] = useState(region?.name ?? '');
  const [seats, setSeats] = useState(region ? String(region.seats) : '');
  const [rows, setRows] = useState<MinimumRow[]>(() =>
    (region?.minima ?? []).map((minimum) => newRow(minimum.tag, String(minimum.count))),
  );
  const [createRegion] = useMutation(CREATE_REGION_MUTATION, REFETCH_ELECTION);
  const [updateRegion] = useMutation(UPDATE_REGION_MUTATION, REFETCH_ELECTION);

  const seatCount = parseWholeNumber(seats);
  const minima = rows.map((row) => ({
    tag: normaliseTag(row.tag),
    count: parseWholeNumber(row.count),
  }));
  const form = useFormProblems(
    [
      ...checkRegionCode(code),
      ...checkName('name', name),
      ...checkSeats(seatCount),
      ...checkMinima(Number.isNaN(seatCount) ? Number.POSITIVE_INFINITY : seatCount, minima),
    ],
    placeField,
  );

  function updateRow(index: number, change: Partial<MinimumRow>, field: 'tag' | 'count'): void {
    setRows((previous) => previous.map((row, at) => (at === index ? { ...row, ...change } : row)));
    form.touch(`minima[${index}].${field}`);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const fields = { code: normaliseRegionCode(code), name: name.trim(), seats: seatCount, minima };
    const ok = await form.submit(() =>
      region
        ? updateRegion({ variables: { input: { id: region.id, ...fields } } })
        : createRegion({ variables: { input: { electionId, ...fields } } }),
    );
    if (ok) onDone();
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorMessages messages={form.messages} />
      <div className="pb-form__row">
        <TextField
          label="Code"
          hint="Short, such as LDN or SE."
          value={code}
          autoCapitalize="characters"
          onChange={(value) => {
            setCode(value);
            form.touch('code');
          }}
          error={form.errorFor('code')}
        />
        <NumberField
          label="Seats"
          min={1}
          value={seats}
          onChange={(value) => {
            setSeats(value);
            form.touch('seats');
          }}
          error={form.errorFor('seats')}
        />
      </div>
      <TextField
        label="Region name"
        value={name}
        onChange={(value) => {
          setName(value);
          form.touch('name');
        }}
        error={form.errorFor('name')}
      />
      <fieldset className="pb-fieldset">
        <legend>Reserved places</legend>
        <p className="pb-field__hint">
          For example, at least 3 of the seats for candidates tagged <code>woman</code>.
        </p>
        {form.errorFor('minima') ? (
          <p className="pb-field__error">{form.errorFor('minima')}</p>
        ) : null}
        {rows.map((row, index) => (
          <div className="pb-minimum-row" key={row.key}>
            <TextField
              label={`Tag of reserved place ${index + 1}`}
              value={row.tag}
              onChange={(tag) => updateRow(index, { tag }, 'tag')}
              error={form.errorFor(`minima[${index}].tag`)}
            />
            <NumberField
              label="At least"
              min={1}
              value={row.count}
              onChange={(count) => updateRow(index, { count }, 'count')}
              error={form.errorFor(`minima[${index}].count`)}
            />
            <Button
              variant="ghost"
              aria-label={`Remove reserved place ${index + 1}`}
              onClick={() =>
                setRows((previous) => previous.filter((other) => other.key !== row.key))
              }
            >
              Remove
            </Button>
          </div>
        ))}
        <div>
          <Button
            variant="secondary"
            size="small"
            onClick={() => setRows((previous) => [...previous, newRow()])}
          >
            Add a reserved place
          </Button>
        </div>
      </fieldset>
      <div className="pb-button-row">
        <Button type="submit" loading={form.submitting}>
          {region ? 'Save region' : 'Add region'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
