import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage, VOLUNTEER } from '../../../test/render';
import {
  DELETE_REGION_MUTATION,
  ELECTION_QUERY,
  RETENTION_WARNINGS_QUERY,
  UPDATE_ELECTION_MUTATION,
} from '../graphql/elections.operations';
import { ElectionPage } from './ElectionPage';

const ours = {
  __typename: 'Slate',
  id: 's1',
  electionId: 'e1',
  name: 'Left Slate',
  ours: true,
  colour: '#d62828',
};

const election = {
  __typename: 'Election',
  id: 'e1',
  name: 'NCG 2026',
  rule: 'SCOTTISH',
  createdAt: '2026-01-01T00:00:00.000Z',
  pollingDay: '2027-05-06',
  retentionDays: 90,
  contactDetailsAnonymisedOn: '2027-08-04',
  contactDetailsAnonymisedAt: null,
  slates: [ours],
  regions: [
    {
      __typename: 'Region',
      id: 'r1',
      electionId: 'e1',
      code: 'LDN',
      name: 'London & Eastern',
      seats: 6,
      minima: [
        { __typename: 'ReservedMinimum', tag: 'woman', count: 3 },
        { __typename: 'ReservedMinimum', tag: 'bame', count: 2 },
      ],
      postcodeAreas: ['E', 'N', 'NW', 'SE', 'SW', 'W'],
      candidates: [
        {
          __typename: 'Candidate',
          id: 'c1',
          name: 'Rosa Candidate',
          tags: ['woman'],
          pitch: 'Organiser for tenants.',
          regionId: 'r1',
          slate: {
            __typename: 'Slate',
            id: 's1',
            name: 'Left Slate',
            colour: '#d62828',
            ours: true,
          },
        },
      ],
    },
  ],
};

const electionQuery = {
  request: { query: ELECTION_QUERY, variables: { id: 'e1' } },
  result: { data: { election } },
  maxUsageCount: 5,
};

const noWarnings = {
  request: { query: RETENTION_WARNINGS_QUERY },
  result: { data: { retentionWarnings: [] } },
  maxUsageCount: 5,
};

const route = { path: '/elections/:electionId', at: '/elections/e1' };

describe('the election page', () => {
  it('shows an admin the regions with their reserved places and the controls to change them', async () => {
    renderPage(<ElectionPage />, { ...route, user: ADMIN, mocks: [electionQuery, noWarnings] });
    expect(await screen.findByRole('heading', { level: 1, name: 'NCG 2026' })).toBeInTheDocument();
    expect(
      screen.getByText('Counted by Scottish STV (2007 Order). 1 regions, 6 seats.'),
    ).toBeInTheDocument();
    expect(screen.getByText('at least 3 woman, at least 2 bame')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add region' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete region LDN' })).toBeInTheDocument();
  });

  it('warns an admin before contact details are anonymised, and saves the polling day and retention', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({
      data: {
        updateElection: {
          __typename: 'Election',
          id: 'e1',
          name: 'NCG 2026',
          rule: 'SCOTTISH',
          pollingDay: '2027-05-13',
          retentionDays: 30,
          contactDetailsAnonymisedOn: '2027-06-12',
          contactDetailsAnonymisedAt: null,
        },
      },
    }));
    renderPage(<ElectionPage />, {
      ...route,
      user: ADMIN,
      mocks: [
        electionQuery,
        {
          request: { query: RETENTION_WARNINGS_QUERY },
          result: {
            data: {
              retentionWarnings: [
                {
                  __typename: 'RetentionWarning',
                  electionId: 'e1',
                  electionName: 'NCG 2026',
                  anonymisedOn: '2027-08-04',
                  members: 1204,
                },
              ],
            },
          },
        },
        {
          request: {
            query: UPDATE_ELECTION_MUTATION,
            variables: { input: { id: 'e1', pollingDay: '2027-05-13', retentionDays: 30 } },
          },
          result: saved,
        },
      ],
    });
    expect(
      await screen.findByText(
        /Contact details of 1,204 members will be anonymised on 4 August 2027/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/will be anonymised on 4 August 2027, as erasure does/),
    ).toBeInTheDocument();
    const days = screen.getByRole('spinbutton', { name: /Keep contact details for/ });
    await user.clear(days);
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: 'Save retention' }));
    expect(
      await screen.findByText('Retention must be between 1 and 3650 days.'),
    ).toBeInTheDocument();
    expect(saved).not.toHaveBeenCalled();
    await user.clear(days);
    await user.type(days, '30');
    const day = screen.getByLabelText('Polling day');
    await user.clear(day);
    await user.type(day, '2027-05-13');
    await user.click(screen.getByRole('button', { name: 'Save retention' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });

  it('shows a volunteer the election read-only', async () => {
    renderPage(<ElectionPage />, { ...route, user: VOLUNTEER, mocks: [electionQuery, noWarnings] });
    expect(await screen.findByText('Rosa Candidate')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add region' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete|Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Election name')).not.toBeInTheDocument();
  });

  it('deletes a region only after the admin confirms', async () => {
    const user = userEvent.setup();
    const deleted = jest.fn(() => ({ data: { deleteRegion: 'r1' } }));
    renderPage(<ElectionPage />, {
      ...route,
      user: ADMIN,
      mocks: [
        electionQuery,
        noWarnings,
        { request: { query: DELETE_REGION_MUTATION, variables: { id: 'r1' } }, result: deleted },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Delete region LDN' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete region LDN?' });
    expect(dialog).toHaveAccessibleDescription(
      /London & Eastern and its 1 candidates will be removed/,
    );
    expect(deleted).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(deleted).toHaveBeenCalledTimes(1);
  });

  it('has no serious accessibility problems', async () => {
    const { container } = renderPage(<ElectionPage />, {
      ...route,
      user: ADMIN,
      mocks: [electionQuery, noWarnings],
    });
    await screen.findByRole('heading', { level: 1, name: 'NCG 2026' });
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });
});
