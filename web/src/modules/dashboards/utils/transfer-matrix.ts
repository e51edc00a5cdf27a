import { type ChartCandidate } from './chart-types';

export interface Transfer {
  from: Pick<ChartCandidate, 'id'>;
  /** Null: the ballot stops after the first choice (exhausted). */
  to?: Pick<ChartCandidate, 'id'> | null;
  count: number;
}

export interface TransferRow<Candidate> {
  from: Candidate;
  total: number;
  /** One per column, in the columns' order; the last is "exhausted". */
  cells: { toId: string | null; count: number; share: number }[];
}

export interface TransferMatrix<Candidate> {
  /** Next preferences: every candidate, then (implicitly) exhausted. */
  columns: Candidate[];
  /** First choices with at least one ballot, in the candidates' order. */
  rows: TransferRow<Candidate>[];
  /** Every ballot counted in the matrix. */
  total: number;
}

/** For each first choice, how many ballots go next to each candidate or stop (exhausted). */
export function transferMatrix<Candidate extends Pick<ChartCandidate, 'id'>>(
  candidates: readonly Candidate[],
  transfers: readonly Transfer[],
): TransferMatrix<Candidate> {
  const counts = new Map<string, number>();
  const key = (fromId: string, toId: string | null) => `${fromId}>${toId ?? ''}`;
  for (const transfer of transfers) {
    const at = key(transfer.from.id, transfer.to?.id ?? null);
    counts.set(at, (counts.get(at) ?? 0) + transfer.count);
  }
  const columnIds = [...candidates.map((candidate) => candidate.id), null];
  const rows = candidates
    .map((from) => {
      const raw = columnIds.map((toId) => ({ toId, count: counts.get(key(from.id, toId)) ?? 0 }));
      const total = raw.reduce((sum, cell) => sum + cell.count, 0);
      const cells = raw.map((cell) => ({ ...cell, share: total > 0 ? cell.count / total : 0 }));
      return { from, total, cells };
    })
    .filter((row) => row.total > 0);
  return {
    columns: [...candidates],
    rows,
    total: rows.reduce((sum, row) => sum + row.total, 0),
  };
}
