import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import {
  CALL_SCRIPTS_QUERY,
  SAVE_CALL_SCRIPT_MUTATION,
  SCRIPT_CALL_LISTS_QUERY,
  SCRIPT_ELECTIONS_QUERY,
} from '../graphql/scripts.operations';
import { BUILT_IN_STEPS, stepInputs } from '../utils/script-draft';
import { ScriptsPage } from './ScriptsPage';

const COORDINATOR = {
  ...ADMIN,
  id: 'u-coord',
  name: 'Cora Coordinator',
  role: 'COORDINATOR' as const,
  regions: [{ __typename: 'Region' as const, id: 'r-le', code: 'LE', name: 'London & Eastern' }],
};

const candidate = (id: string, name: string, ours: boolean) => ({
  __typename: 'Candidate',
  id,
  name,
  pitch: ours ? 'Organiser.' : null,
  slate: { __typename: 'Slate', id: ours ? 's-ours' : 's-them', ours },
});

const elections = {
  request: { query: SCRIPT_ELECTIONS_QUERY },
  result: {
    data: {
      elections: [
        {
          __typename: 'Election',
          id: 'e1',
          name: 'NCG 2026',
          slates: [{ __typename: 'Slate', id: 's-ours', name: 'Grassroots Left', ours: true }],
          regions: [
            {
              __typename: 'Region',
              id: 'r-le',
              code: 'LE',
              name: 'London & Eastern',
              seats: 6,
              candidates: [candidate('c1', 'Ann Ours', true), candidate('c2', 'Rita Rival', false)],
            },
            {
              __typename: 'Region',
              id: 'r-sc',
              code: 'SC',
              name: 'Scotland',
              seats: 1,
              candidates: [],
            },
          ],
        },
      ],
    },
  },
  maxUsageCount: 10,
};

const callLists = {
  request: { query: SCRIPT_CALL_LISTS_QUERY },
  result: {
    data: {
      callLists: [
        {
          __typename: 'CallList',
          id: 'cl1',
          name: 'LE evening',
          region: { __typename: 'Region', id: 'r-le', code: 'LE' },
        },
      ],
    },
  },
  maxUsageCount: 10,
};

const savedScript = (steps: ReturnType<typeof stepInputs>) => ({
  __typename: 'CallScript',
  id: 'cs1',
  scope: 'REGION',
  electionId: 'e1',
  regionId: 'r-le',
  callListId: null,
  name: 'London & Eastern',
  version: 1,
  versionId: 'v1',
  savedAt: '2026-11-29T10:00:00.000Z',
  savedBy: 'Cora Coordinator',
  steps: steps.map((step) => ({
    __typename: 'CallScriptStepModel',
    key: step.key,
    type: step.type,
    text: step.text,
    options: step.options ?? [],
    skipIf: step.skipIf ? { __typename: 'CallScriptSkipRule', ...step.skipIf } : null,
  })),
});

const scripts = (callScripts: unknown[]) => ({
  request: { query: CALL_SCRIPTS_QUERY, variables: { electionId: 'e1' } },
  result: { data: { callScripts } },
});

describe('the call scripts page', () => {
  it('offers a coordinator their region and lists, starting from the built-in script', async () => {
    const { container } = renderPage(<ScriptsPage />, {
      path: '/scripts',
      user: COORDINATOR,
      mocks: [elections, callLists, scripts([])],
    });
    expect(await screen.findByText(/callers follow the built-in script/)).toBeInTheDocument();
    const place = screen.getByRole('combobox', { name: 'Script for' });
    expect(
      within(place)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Region LE: London & Eastern', 'Call list: LE evening (LE)']);
    const preview = screen.getByRole('list', { name: 'Script preview' });
    expect(within(preview).getByText(/London & Eastern elects 6 members/)).toBeInTheDocument();
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('refuses to save two steps with one key, naming the step', async () => {
    const user = userEvent.setup();
    renderPage(<ScriptsPage />, {
      path: '/scripts',
      user: COORDINATOR,
      mocks: [elections, callLists, scripts([])],
    });
    await screen.findByText(/callers follow the built-in script/);
    const key = screen.getAllByRole('textbox', { name: /^Key/ })[1];
    await user.clear(key);
    await user.type(key, 'intro');
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText(/steps\[1\]\.key 'intro' is used by an earlier step/),
    ).toBeInTheDocument();
  });

  it('saves the edited steps as a new version and says which', async () => {
    const user = userEvent.setup();
    const [first, second, ...rest] = BUILT_IN_STEPS;
    const steps = stepInputs([second, first, ...rest]);
    renderPage(<ScriptsPage />, {
      path: '/scripts',
      user: COORDINATOR,
      mocks: [
        elections,
        callLists,
        scripts([]),
        {
          request: {
            query: SAVE_CALL_SCRIPT_MUTATION,
            variables: {
              input: { electionId: 'e1', regionId: 'r-le', callListId: null, name: null, steps },
            },
          },
          result: { data: { saveCallScript: savedScript(steps) } },
        },
        scripts([savedScript(steps)]),
      ],
    });
    await screen.findByText(/callers follow the built-in script/);
    await user.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    await user.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(await screen.findByText('Saved as version 1.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Version 1' })).toBeInTheDocument();
  });
});
