import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderPage } from '../../../test/render';
import { CREATE_REGION_MUTATION } from '../graphql/elections.operations';
import { RegionForm } from './RegionForm';

async function fillRegion(minimum: { tag: string; count: string }) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Code'), 'ldn');
  await user.type(screen.getByLabelText('Region name'), 'London & Eastern');
  await user.type(screen.getByLabelText('Seats'), '3');
  await user.click(screen.getByRole('button', { name: 'Add a reserved place' }));
  await user.type(screen.getByLabelText('Tag of reserved place 1'), minimum.tag);
  await user.type(screen.getByLabelText('At least'), minimum.count);
  return user;
}

describe('the region form', () => {
  it("warns that a minimum cannot exceed the region's seats, next to the minimum, before submitting", async () => {
    renderPage(<RegionForm electionId="e1" onDone={jest.fn()} />);
    await fillRegion({ tag: 'woman', count: '4' });
    expect(screen.getByLabelText('At least')).toHaveAccessibleDescription(
      "the minimum for 'woman' (4) cannot exceed the region's 3 seats.",
    );
    expect(screen.getByLabelText('At least')).toBeInvalid();
  });

  it('sends nothing while a shared election rule is broken', async () => {
    const onDone = jest.fn();
    renderPage(<RegionForm electionId="e1" onDone={onDone} />);
    const user = await fillRegion({ tag: 'woman', count: '4' });
    await user.click(screen.getByRole('button', { name: 'Add region' }));
    expect(onDone).not.toHaveBeenCalled();
  });

  it("shows the API's refusal next to the field it names, and a conflict in an alert", async () => {
    const input = {
      electionId: 'e1',
      code: 'LDN',
      name: 'London & Eastern',
      seats: 3,
      minima: [{ tag: 'woman', count: 2 }],
    };
    renderPage(<RegionForm electionId="e1" onDone={jest.fn()} />, {
      mocks: [
        {
          request: { query: CREATE_REGION_MUTATION, variables: { input } },
          result: {
            errors: [
              {
                message: "code 'LDN' is already used in this election.",
                extensions: { code: 'BAD_USER_INPUT', field: 'code' },
              },
              { message: 'The election changed; reload it.', extensions: { code: 'CONFLICT' } },
            ],
          },
        },
      ],
    });
    const user = await fillRegion({ tag: 'Woman', count: '2' });
    await user.click(screen.getByRole('button', { name: 'Add region' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The election changed; reload it.');
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(
      expect.stringContaining("code 'LDN' is already used in this election."),
    );
  });
});
