import type { TestApp, TestClient } from '../../test/test-app';

// Uploading a member file through the real HTTP route and waiting for its job, for the
// import specs.

export interface ImportResult {
  id: string;
  status: string;
  dryRun: boolean;
  rowsTotal: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  rowsWithoutPhone: number;
  failureMessage: string | null;
  errors: { line: number; message: string }[];
  rejectionReasons: { kind: string; reason: string; rows: number }[];
  fieldChanges: { field: string; changed: number; blanked: number }[];
}

const IMPORT = `query($id: ID!) { memberImport(id: $id) {
  id status dryRun rowsTotal rowsInserted rowsUpdated rowsUnchanged rowsRejected rowsWithoutPhone
  failureMessage errors { line message } rejectionReasons { kind reason rows }
  fieldChanges { field changed blanked } } }`;

export function importHelpers(testApp: () => TestApp, electionId: () => string) {
  async function upload(
    client: TestClient,
    body: string | Buffer,
    query: Record<string, string> = {},
  ): Promise<{ status: number; json: { id?: string; code?: string; message?: string } }> {
    const params = new URLSearchParams({ electionId: electionId(), ...query });
    const response = await fetch(`${client.baseUrl}/api/imports/members?${params}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(client.cookie && { cookie: client.cookie }) },
      body,
    });
    return {
      status: response.status,
      json: (await response.json()) as { id?: string; code?: string; message?: string },
    };
  }

  async function finished(client: TestClient, id: string): Promise<ImportResult> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { memberImport } = await client.ok<{ memberImport: ImportResult }>(IMPORT, { id });
      if (memberImport.status === 'SUCCEEDED' || memberImport.status === 'FAILED')
        return memberImport;
      if (Date.now() > deadline) throw new Error(`import ${id} still ${memberImport.status}`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  async function imported(
    client: TestClient,
    body: string | Buffer,
    query: Record<string, string> = {},
  ): Promise<ImportResult> {
    const { status, json } = await upload(client, body, query);
    expect({ status, json }).toEqual({ status: 202, json: { id: expect.any(String) } });
    return finished(client, json.id as string);
  }

  /** How many times pg-boss started the import's job (1: never retried). */
  async function jobTries(id: string): Promise<number> {
    const rows = await testApp().sql<{ tries: number }>(
      `SELECT retry_count + 1 AS tries FROM pgboss.job WHERE data->>'importId' = $1`,
      [id],
    );
    return rows[0]?.tries ?? 0;
  }

  return { upload, finished, imported, jobTries };
}
