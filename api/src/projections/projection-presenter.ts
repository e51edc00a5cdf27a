import type { ProjectionAssumptions, ProjectionResult } from '@phonebank/projection';

import type { Candidate } from '../elections/candidate.entity';
import type { CandidateCount } from '../elections/candidate-count.model';
import type { Region } from '../elections/region.entity';
import type { Slate } from '../elections/slate.entity';
import type { ProjectionAssumptionsModel } from './models/projection-assumptions.model';
import type { Projection } from './models/projection.model';

/** Assumptions as the schema shows them: slates by object, not id. */
export function presentAssumptions(
  assumptions: ProjectionAssumptions,
  slates: readonly Slate[],
): ProjectionAssumptionsModel {
  const byId = new Map(slates.map((slate) => [slate.id, slate]));
  return {
    turnout: assumptions.turnout,
    pledgeReliability: assumptions.pledgeReliability,
    leaningReliability: assumptions.leaningReliability,
    variation: assumptions.variation,
    slates: assumptions.slates.flatMap((slate) => {
      const found = byId.get(slate.slateId);
      return found ? [{ slate: found, share: slate.share, loyalty: slate.loyalty }] : [];
    }),
  };
}

/**
 * A counted projection as the schema shows it. Candidates withdrawn since the count was
 * made are left out rather than shown as unknown ids.
 */
export function presentProjection(
  subject: { region: Region; candidates: readonly Candidate[]; slates: readonly Slate[] },
  result: ProjectionResult,
  assumptions: ProjectionAssumptions,
): Projection {
  const byId = new Map(subject.candidates.map((candidate) => [candidate.id, candidate]));
  const counts = (rows: { candidateId: string; count: number }[]): CandidateCount[] =>
    rows.flatMap(({ candidateId, count }) => {
      const candidate = byId.get(candidateId);
      return candidate ? [{ candidate, count }] : [];
    });
  const needed = result.pledgesNeeded;
  const neededCandidate = needed ? byId.get(needed.candidateId) : undefined;
  return {
    region: subject.region,
    quota: result.quota,
    elected: result.elected.flatMap((id) => byId.get(id) ?? []),
    chances: counts(result.chances.map((c) => ({ candidateId: c.candidateId, count: c.elected }))),
    simulations: result.simulations,
    ballots: Math.round(result.ballots),
    expectedSeats: result.expectedSeats,
    firstPreferences: counts(
      result.firstPreferences.map((f) => ({
        candidateId: f.candidateId,
        count: Math.round(f.votes),
      })),
    ),
    pledgesNeeded:
      needed && neededCandidate
        ? {
            candidate: neededCandidate,
            firstPreferences: needed.firstPreferences,
            secondPreferences: needed.secondPreferences,
          }
        : null,
    assumptions: presentAssumptions(assumptions, subject.slates),
  };
}
