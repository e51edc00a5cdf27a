import { useMutation } from '@apollo/client/react';
import { DEFAULT_POSTCODE_AREAS, isPostcodeArea } from '@phonebank/domain';
import { type FormEvent, useState } from 'react';

import { fieldsNamed } from '../../../apollo/errors';
import { Button, ErrorMessages, TagInput } from '../../../design-system';
import { useFormProblems } from '../../../forms/useFormProblems';
import { SET_REGION_POSTCODE_AREAS_MUTATION } from '../graphql/elections.operations';
import { type ElectionDetail, REFETCH_ELECTION, type RegionDetail } from '../utils/election-types';

export interface PostcodeAreasFormProps {
  election: ElectionDetail;
  region: RegionDetail;
  onDone: () => void;
}

const placeField = fieldsNamed('areas');

/** The default areas of an NCG region code (e.g. LE), when the region uses one. */
export function defaultAreasFor(code: string): string[] {
  return Object.entries(DEFAULT_POSTCODE_AREAS)
    .filter(([, regionCode]) => regionCode === code)
    .map(([area]) => area)
    .sort();
}

/**
 * Which postcode areas belong to a region: the import places a member whose row has no
 * region code by the area of their postcode. Saving takes the areas from other regions.
 */
export function PostcodeAreasForm({ election, region, onDone }: PostcodeAreasFormProps) {
  const [areas, setAreas] = useState<string[]>([...region.postcodeAreas].sort());
  const [setPostcodeAreas] = useMutation(SET_REGION_POSTCODE_AREAS_MUTATION, REFETCH_ELECTION);
  const unknown = areas.filter((area) => !isPostcodeArea(area));
  const form = useFormProblems(
    unknown.map((area) => ({
      field: 'areas',
      message: `'${area}' is not a UK postcode area (one or two letters, such as LS or G).`,
    })),
    placeField,
  );
  const owners = new Map(
    election.regions
      .filter((other) => other.id !== region.id)
      .flatMap((other) => other.postcodeAreas.map((area) => [area, other.code] as const)),
  );
  const moved = areas.filter((area) => owners.has(area));
  const defaults = defaultAreasFor(region.code);

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const ok = await form.submit(() =>
      setPostcodeAreas({ variables: { regionId: region.id, areas: [...areas].sort() } }),
    );
    if (ok) onDone();
  }

  return (
    <form className="pb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorMessages messages={form.messages} />
      <TagInput
        label="Postcode areas"
        hint="The letters before the first digit of a postcode: LS for LS6 1AA. Enter or comma adds one."
        value={areas}
        normalise={(area) => area.trim().toUpperCase()}
        onChange={(next) => {
          setAreas(next);
          form.touch('areas');
        }}
        error={form.errorFor('areas')}
      />
      {moved.length > 0 ? (
        <p className="pb-field__hint">
          Saving moves {moved.map((area) => `${area} (now ${owners.get(area)})`).join(', ')} to{' '}
          {region.code}.
        </p>
      ) : null}
      <div className="pb-button-row">
        <Button type="submit" loading={form.submitting}>
          Save postcode areas
        </Button>
        {defaults.length > 0 ? (
          <Button variant="secondary" onClick={() => setAreas(defaults)}>
            Use the default areas for {region.code}
          </Button>
        ) : null}
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
