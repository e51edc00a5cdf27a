import { useId } from 'react';

import { type ChartCandidate } from '../utils/chart-types';
import { count, percent } from '../utils/dashboard-format';
import { heatColour } from '../utils/heat-colour';
import { type Transfer, transferMatrix } from '../utils/transfer-matrix';

export interface TransferHeatMapProps {
  /** The region's candidates, in the order rows and columns should follow. */
  candidates: readonly ChartCandidate[];
  transfers: readonly Transfer[];
}

function CandidateHeader({ candidate }: { candidate: ChartCandidate }) {
  return (
    <>
      {candidate.name}
      {candidate.slate?.ours ? <span className="pb-heat__ours"> ours</span> : null}
    </>
  );
}

/**
 * Where rankings go after their first choice: one row per first choice, one column per
 * next preference and one for ballots that stop there. A cell's shade is its share of the row,
 * so a coordinator sees at a glance whose voters rank whom next. It is a real table (headers
 * name every cell) and scrolls inside its own box on a phone.
 */
export function TransferHeatMap({ candidates, transfers }: TransferHeatMapProps) {
  const captionId = useId();
  const matrix = transferMatrix(candidates, transfers);
  if (matrix.rows.length === 0) {
    return <p className="pb-chart__empty">No member has ranked candidates yet.</p>;
  }
  return (
    <div className="pb-chart">
      <p className="pb-chart__legend">
        Each row is a first choice; each cell, the share of its rankings whose next preference is
        the column’s candidate, or that stop there (exhausted). Darker is more.
      </p>
      <p className="pb-heat__title" id={captionId}>
        {`Next preferences of ${count.format(matrix.total)} ranked pledges, by first choice`}
      </p>
      <div
        className="pb-heat"
        role="region"
        aria-labelledby={captionId}
        // A scrolling region must be reachable by keyboard to be scrolled.
        tabIndex={0}
      >
        <table className="pb-heat__table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">First choice</th>
              {matrix.columns.map((candidate) => (
                <th scope="col" key={candidate.id}>
                  <CandidateHeader candidate={candidate} />
                </th>
              ))}
              <th scope="col">Exhausted</th>
              <th scope="col">Ballots</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.from.id}>
                <th scope="row">
                  <CandidateHeader candidate={row.from} />
                </th>
                {row.cells.map((cell) => {
                  if (cell.toId === row.from.id) {
                    return (
                      <td key={cell.toId} className="pb-heat__none">
                        <span aria-hidden="true">–</span>
                        <span className="pb-visually-hidden">not possible</span>
                      </td>
                    );
                  }
                  const colour = heatColour(cell.share);
                  return (
                    <td
                      key={cell.toId ?? 'exhausted'}
                      className="pb-heat__cell"
                      data-to={cell.toId ?? 'exhausted'}
                      style={{ background: colour.background, color: colour.text }}
                    >
                      <span className="pb-number">{count.format(cell.count)}</span>
                      {cell.count > 0 ? (
                        <span className="pb-heat__share">{percent.format(cell.share)}</span>
                      ) : null}
                    </td>
                  );
                })}
                <td className="pb-number">{count.format(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
