import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import {
  CONFIRM_MEMBER_IMPORT_MUTATION,
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
        rowsWithoutPhone: 1,
        dryRun: false,
        blankCellsClear: false,
        rejectionReasons: [
          {
            __typename: 'ImportRejectionCount',
            kind: 'PHONE',
            reason: 'phone not a usable number',
            rows: 1,
          },
          {
            __typename: 'ImportRejectionCount',
            kind: 'MEMBERSHIP_NUMBER',
            reason: 'membership number missing or not valid',
            rows: 1,
          },
        ],
        fieldChanges: [],
        failureMessage: null,
        createdAt: '2026-03-01T10:00:00Z',
        startedAt: '2026-03-01T10:00:00Z',
        readAt: '2026-03-01T10:00:01Z',
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
        screen.getByText('1 members imported without a phone, who cannot be called.'),
      ).toBeInTheDocument();
      const reasons = screen.getByRole('table', { name: 'Rejected rows by reason' });
      expect(
        within(reasons).getByRole('cell', { name: 'phone not a usable number' }),
      ).toBeVisible();
      expect(xhr.sent.url).toContain('dryRun=1');
      expect(xhr.sent.url).not.toContain('blankCellsClear');
      expect(
        screen.getByRole('link', { name: 'Download all rejected rows (CSV)' }),
      ).toHaveAttribute('href', '/api/imports/imp1/errors.csv');
    } finally {
      xhr.restore();
    }
  });

  it('shows what a file would change in stored members, and imports it only when confirmed', async () => {
    const base = finished.result.data.memberImport;
    const preview = {
      request: { query: MEMBER_IMPORT_QUERY, variables: { id: 'imp2' } },
      result: {
        data: {
          memberImport: {
            ...base,
            id: 'imp2',
            dryRun: true,
            blankCellsClear: true,
            rowsTotal: 2013,
            rowsInserted: 1010,
            rowsUpdated: 1003,
            rowsRejected: 0,
            rowsWithoutPhone: 0,
            rejectionReasons: [],
            errors: [],
            fieldChanges: [
              { __typename: 'ImportFieldChange', field: 'phone', changed: 1003, blanked: 0 },
            ],
          },
        },
      },
    };
    const confirm = {
      request: { query: CONFIRM_MEMBER_IMPORT_MUTATION, variables: { id: 'imp2' } },
      result: {
        data: {
          confirmMemberImport: {
            __typename: 'MemberImport',
            id: 'imp2',
            status: 'QUEUED',
            dryRun: false,
          },
        },
      },
    };
    const imported = {
      request: { query: MEMBER_IMPORT_QUERY, variables: { id: 'imp2' } },
      result: {
        data: {
          memberImport: { ...preview.result.data.memberImport, dryRun: false, fieldChanges: [] },
        },
      },
      maxUsageCount: 5,
    };
    const xhr = fakeXhr(202, { id: 'imp2' });
    try {
      renderPage(<ImportPage />, {
        ...route,
        user: ADMIN,
        mocks: [elections, recent, preview, confirm, imported],
      });
      await screen.findByRole('combobox', { name: 'Election' });
      const user = await chooseFile();
      await user.click(screen.getByRole('checkbox', { name: 'Blank cells clear stored values' }));
      await user.click(screen.getByRole('button', { name: 'Import members.csv' }));
      expect(await screen.findByText('Check what this file changes')).toBeInTheDocument();
      expect(screen.getByText('1,003 members: phone changes; 0 fields blanked.')).toBeVisible();
      expect(
        screen.getByText(/Blank cells clear stored values\. Nothing has changed yet\./),
      ).toBeVisible();
      expect(screen.queryByText('Import finished')).not.toBeInTheDocument();
      expect(xhr.sent.url).toContain('blankCellsClear=1');
      await user.click(screen.getByRole('button', { name: 'Import these changes' }));
      expect(await screen.findByText('Import finished', {}, { timeout: 3000 })).toBeInTheDocument();
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
