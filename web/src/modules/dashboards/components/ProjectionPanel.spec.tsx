import { type MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import {
  LATEST_PROJECTION_RUN_QUERY,
  PROJECTION_ASSUMPTIONS_QUERY,
  PROJECTION_RUN_QUERY,
  SET_PROJECTION_ASSUMPTIONS_MUTATION,
  START_PROJECTION_MUTATION,
} from '../graphql/projections.operations';
import { ASSUMPTIONS, ELECTION, projectionRun } from '../testing/projections';
import { REGION } from '../testing/tallies';
import { ProjectionPanel } from './ProjectionPanel';

const COORDINATOR = { ...ADMIN, id: 'u-coord', name: 'Cora', role: 'COORDINATOR' as const };

const latest = (run: ReturnType<typeof projectionRun> | null) => ({
  request: { query: LATEST_PROJECTION_RUN_QUERY, variables: { regionId: 'r-le' } },
  result: { data: { latestProjectionRun: run } },
});
const assumptions = {
  request: {
    query: PROJECTION_ASSUMPTIONS_QUERY,
    variables: { regionId: 'r-le', electionId: 'e-1' },
  },
  result: { data: { projectionAssumptions: ASSUMPTIONS, election: ELECTION } },
  maxUsageCount: 5,
};
const started = {
  request: { query: START_PROJECTION_MUTATION, variables: { regionId: 'r-le', simulations: 1000 } },
  result: { data: { startProjection: projectionRun('QUEUED') } },
};
const polled = (run: ReturnType<typeof projectionRun>) => ({
  request: { query: PROJECTION_RUN_QUERY, variables: { id: 'run-1' } },
  result: { data: { projectionRun: run } },
});

function renderPanel(mocks: MockLink.MockedResponse[]) {
  return renderPage(<ProjectionPanel region={REGION} />, { user: COORDINATOR, mocks });
}

describe('the projection panel', () => {
  it('runs a projection, shows its progress, then the seats, chances and pledges needed', async () => {
    const user = userEvent.setup();
    const latestAgain = jest.fn(() => ({
      data: { latestProjectionRun: projectionRun('SUCCEEDED') },
    }));
    const { container } = renderPanel([
      latest(null),
      assumptions,
      started,
      polled(projectionRun('RUNNING', 0.5)),
      polled(projectionRun('SUCCEEDED')),
      { ...latest(null), result: latestAgain },
    ]);
    expect(await screen.findByText(/No projection of LE yet/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Run the LE projection' }));

    const progress = await screen.findByRole('progressbar', { name: /Projecting LE/ });
    expect(await screen.findByText('Projecting LE: 500 of 1,000 simulations')).toBeVisible();
    expect(progress).toHaveAttribute('aria-valuenow', '50');

    expect(await screen.findByText('1.4 of 6', {}, { timeout: 4000 })).toBeVisible();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Chance of election over 1,000 simulated counts: Ria Rival (elected) 100%, Ann Ours (ours, elected) 73%.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '40 more first preferences for Ann Ours, or 25 more second preferences for Ann Ours from other slates’ voters would elect them.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Run the LE projection again' })).toBeVisible();
    // The latest run is asked for again, so the overview's card shows the new one too.
    await waitFor(() => expect(latestAgain).toHaveBeenCalled());
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('shows the latest stored projection without running one', async () => {
    renderPanel([latest(projectionRun('SUCCEEDED')), assumptions]);
    const heading = await screen.findByRole('heading', { name: 'Elected in the central scenario' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ria Rival', 'Ann Oursours']);
    expect(screen.getByText(/turnout 30%, pledges kept 90%/)).toBeVisible();
    await screen.findByRole('button', { name: 'Save assumptions' });
  });

  it('says why a run failed', async () => {
    const user = userEvent.setup();
    renderPanel([latest(null), assumptions, started, polled(projectionRun('FAILED'))]);
    await user.click(await screen.findByRole('button', { name: 'Run the LE projection' }));
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'The projection failedThe count could not fill the reserved places.',
    );
    expect(screen.getByRole('button', { name: 'Run the LE projection' })).toBeVisible();
  });

  it('checks the assumptions as typed and shows the API’s problem next to the field it names', async () => {
    const user = userEvent.setup();
    renderPanel([
      latest(null),
      assumptions,
      {
        request: {
          query: SET_PROJECTION_ASSUMPTIONS_MUTATION,
          variables: {
            regionId: 'r-le',
            input: {
              turnout: 0.35,
              pledgeReliability: 0.9,
              leaningReliability: 0.6,
              variation: 0.1,
              slates: [
                { slateId: 's-left', share: 0.6, loyalty: 0.8 },
                { slateId: 's-other', share: 0.45, loyalty: 0.7 },
              ],
            },
          },
        },
        result: {
          errors: [
            {
              message: 'The slates’ shares add up to more than 100%.',
              extensions: { code: 'BAD_USER_INPUT', field: 'slates[1].share' },
            },
          ],
        },
      },
    ]);
    const turnout = await screen.findByRole('spinbutton', { name: /^Turnout \(%\)/ });
    expect(turnout).toHaveValue(30);
    await user.clear(turnout);
    await user.type(turnout, '135');
    expect(screen.getByText('Turnout must be a percentage from 0 to 100.')).toBeVisible();
    expect(turnout).toHaveAttribute('aria-invalid', 'true');
    await user.clear(turnout);
    await user.type(turnout, '35');
    expect(screen.queryByText('Turnout must be a percentage from 0 to 100.')).toBeNull();

    await user.type(screen.getByRole('spinbutton', { name: 'Left Slate: share (%)' }), '60');
    await user.type(screen.getByRole('spinbutton', { name: 'Left Slate: loyalty (%)' }), '80');
    await user.click(screen.getByRole('button', { name: 'Save assumptions' }));
    const share = screen.getByRole('spinbutton', { name: 'Other Slate: share (%)' });
    expect(await screen.findByText('The slates’ shares add up to more than 100%.')).toBeVisible();
    expect(share).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('spinbutton', { name: 'Left Slate: share (%)' })).not.toHaveAttribute(
      'aria-invalid',
    );
  });
});
