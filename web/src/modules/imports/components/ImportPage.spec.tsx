import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import {
  IMPORT_ELECTIONS_QUERY,
  MEMBER_IMPORT_QUERY,
  MEMBER_IMPORTS_QUERY,
} from '../graphql/imports.operations';
import { ImportPage } from './ImportPage';

// jsdom's Blob has no arrayBuffer(); browsers do. Lend it one through FileReader.
beforeAll(() => {
  if (!Blob.prototype.arrayBuffer) {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }
});

/** Answers every upload with the given status and body. */
function fakeXhr(status: number, body: unknown) {
  const sent: { url?: string; body?: unknown; contentType?: string } = {};
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress?: (event: ProgressEvent) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    onabort?: () => void;
    withCredentials = false;
    open(_method: string, url: string) {
      sent.url = url;
    }
    setRequestHeader(name: string, value: string) {
      if (name.toLowerCase() === 'content-type') sent.contentType = value;
    }
    send(payload: unknown) {
      sent.body = payload;
      setTimeout(() => {
        this.upload.onprogress?.({
          loaded: 10,
          total: 20,
          lengthComputable: true,
        } as ProgressEvent);
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      }, 0);
    }
    abort() {
      this.onabort?.();
    }
  }
  const original = window.XMLHttpRequest;
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  return { sent, restore: () => (window.XMLHttpRequest = original) };
}

const elections = {
  request: { query: IMPORT_ELECTIONS_QUERY },
  result: {
    data: {
      elections: [
        {
          __typename: 'Election',
          id: 'e-old',
          name: 'NCG 2024',
          createdAt: '2024-01-01T00:00:00Z',
        },
        {
          __typename: 'Election',
          id: 'e-new',
          name: 'NCG 2026',
          createdAt: '2026-01-01T00:00:00Z',
        },
      ],
    },
  },
  maxUsageCount: 5,
};

const recent = {
  request: { query: MEMBER_IMPORTS_QUERY, variables: { limit: 10 } },
  result: { data: { memberImports: [] } },
  maxUsageCount: 10,
};

const finished = {
  request: { query: MEMBER_IMPORT_QUERY, variables: { id: 'imp1' } },
  result: {
    data: {
      memberImport: {
        __typename: 'MemberImport',
        id: 'imp1',
        status: 'SUCCEEDED',
        fileName: 'members.csv',
        encoding: 'utf-8',
        byteSize: 120,
        rowsTotal: 5,
        rowsInserted: 3,
        rowsUpdated: 0,
        rowsUnchanged: 0,
        rowsRejected: 2,
        duplicatePhones: 0,
        failureMessage: null,
        createdAt: '2026-03-01T10:00:00Z',
        startedAt: '2026-03-01T10:00:00Z',
        finishedAt: '2026-03-01T10:00:01Z',
        errors: [
          { __typename: 'ImportError', line: 5, message: "phone '12345' is not a UK number" },
          { __typename: 'ImportError', line: 6, message: 'the row has no membership_number' },
        ],
      },
    },
  },
  maxUsageCount: 5,
};

const CSV = 'Membership No,Forename,Surname,Mobile,Region\nM1,Ada,Lovelace,020 7946 0001,LE\n';
const route = { path: '/members/import', at: '/members/import' };

async function chooseFile() {
  const user = userEvent.setup();
  await user.upload(
    screen.getByLabelText('Member list (CSV)'),
    new File([CSV], 'members.csv', { type: 'text/csv' }),
  );
  await screen.findByRole('heading', { name: 'Check the columns' });
  return user;
}

describe('the import page', () => {
  it('maps the columns from the header and previews the rows as they will be read', async () => {
    renderPage(<ImportPage />, { ...route, user: ADMIN, mocks: [elections, recent] });
    expect(await screen.findByRole('combobox', { name: 'Election' })).toHaveValue('e-new');
    await chooseFile();
    expect(screen.getByRole('combobox', { name: 'Membership number (required)' })).toHaveValue(
      'Membership No',
    );
    expect(screen.getByRole('combobox', { name: 'Phone' })).toHaveValue('Mobile');
    expect(screen.getByRole('combobox', { name: 'Email' })).toHaveValue('');
    const preview = screen.getByRole('table', { name: /as they will be read/ });
    expect(within(preview).getByRole('cell', { name: '020 7946 0001' })).toBeInTheDocument();
  });

  it('shows the server’s refusal of a file', async () => {
    const xhr = fakeXhr(415, { code: 'NOT_CSV', message: 'This file is not a CSV file.' });
    try {
      renderPage(<ImportPage />, { ...route, user: ADMIN, mocks: [elections, recent] });
      await screen.findByRole('combobox', { name: 'Election' });
      const user = await chooseFile();
      await user.click(screen.getByRole('button', { name: 'Import members.csv' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The file was not imported');
      expect(alert).toHaveTextContent('This file is not a CSV file.');
      expect(xhr.sent.contentType).toBe('text/csv');
      expect(xhr.sent.url).toContain('electionId=e-new');
      expect(decodeURIComponent(xhr.sent.url ?? '')).toContain('"phone":"Mobile"');
    } finally {
      xhr.restore();
    }
  });

  it('uploads, then shows the counts, the rejected rows and the error report link', async () => {
    const xhr = fakeXhr(202, { id: 'imp1' });
    try {
      renderPage(<ImportPage />, { ...route, user: ADMIN, mocks: [elections, recent, finished] });
      await screen.findByRole('combobox', { name: 'Election' });
      const user = await chooseFile();
      await user.click(screen.getByRole('button', { name: 'Import members.csv' }));
      expect(await screen.findByText('Import finished')).toBeInTheDocument();
      expect(screen.getByText("phone '12345' is not a UK number")).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'Download all rejected rows (CSV)' }),
      ).toHaveAttribute('href', '/api/imports/imp1/errors.csv');
    } finally {
      xhr.restore();
    }
  });

  it('has no serious accessibility problems', async () => {
    const { container } = renderPage(<ImportPage />, {
      ...route,
      user: ADMIN,
      mocks: [elections, recent],
    });
    await screen.findByRole('combobox', { name: 'Election' });
    await chooseFile();
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });
});
