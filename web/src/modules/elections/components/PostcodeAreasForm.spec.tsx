import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { renderPage } from '../../../test/render';
import { SET_REGION_POSTCODE_AREAS_MUTATION } from '../graphql/elections.operations';
import type { ElectionDetail } from '../utils/election-types';
import { defaultAreasFor, PostcodeAreasForm } from './PostcodeAreasForm';

const region = (id: string, code: string, postcodeAreas: string[]) =>
  ({
    id,
    code,
    name: code,
    postcodeAreas,
    seats: 1,
    minima: [],
    candidates: [],
  }) as unknown as ElectionDetail['regions'][number];

const london = region('r1', 'LE', ['E']);
const election = {
  id: 'e1',
  regions: [london, region('r2', 'SE', ['BN'])],
} as unknown as ElectionDetail;

describe('the postcode areas form', () => {
  it('saves the sorted areas and says which it takes from another region', async () => {
    const onDone = jest.fn();
    const user = userEvent.setup();
    const { container } = renderPage(
      <PostcodeAreasForm election={election} region={london} onDone={onDone} />,
      {
        mocks: [
          {
            request: {
              query: SET_REGION_POSTCODE_AREAS_MUTATION,
              variables: { regionId: 'r1', areas: ['BN', 'E', 'LS'] },
            },
            result: {
              data: {
                setRegionPostcodeAreas: {
                  __typename: 'Region',
                  id: 'r1',
                  postcodeAreas: ['BN', 'E', 'LS'],
                },
              },
            },
          },
        ],
      },
    );
    const field = screen.getByLabelText('Postcode areas');
    await user.type(field, 'ls{Enter}bn,');
    expect(screen.getByText(/Saving moves BN \(now SE\) to LE/)).toBeInTheDocument();
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save postcode areas' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('refuses something that is not a postcode area, and sends nothing', async () => {
    const onDone = jest.fn();
    const user = userEvent.setup();
    renderPage(<PostcodeAreasForm election={election} region={london} onDone={onDone} />);
    await user.type(screen.getByLabelText('Postcode areas'), 'L5{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save postcode areas' }));
    expect(screen.getByLabelText('Postcode areas')).toHaveAccessibleDescription(
      expect.stringContaining("'L5' is not a UK postcode area"),
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('offers the default NCG areas for a region with an NCG code', () => {
    expect(defaultAreasFor('SCO')).toEqual(expect.arrayContaining(['EH', 'G', 'AB']));
    expect(defaultAreasFor('XX')).toEqual([]);
  });
});
