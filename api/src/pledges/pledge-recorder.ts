import { Injectable } from '@nestjs/common';
import { type FieldProblem, SecondPreferenceAnswer } from '@phonebank/domain';
import type { EntityManager } from 'typeorm';

import { assertValid } from '../common/errors/app.exception';

export interface PledgeAnswer {
  status: string;
  ranking: string[];
  secondPreference?: SecondPreferenceAnswer | null;
  secondPreferenceCandidateId?: string | null;
  ballotReceived?: boolean | null;
  voted?: boolean | null;
}

export interface PledgeSubject {
  memberId: string;
  electionId: string;
  regionId: string | null;
}

interface CandidateRow {
  id: string;
  ours: boolean;
}

/**
 * Checks and stores a member's pledge. A ranking holds only candidates of the member's own
 * region, each once; the second-preference candidate must be one of ours there. The new
 * pledge becomes the latest; earlier ones stay as history.
 */
@Injectable()
export class PledgeRecorder {
  async check(manager: EntityManager, subject: PledgeSubject, pledge: PledgeAnswer): Promise<void> {
    const candidates = subject.regionId
      ? await manager.query<CandidateRow[]>(
          `SELECT c.id, coalesce(s.ours, false) AS ours
             FROM candidate c LEFT JOIN slate s ON s.id = c.slate_id
            WHERE c.region_id = $1`,
          [subject.regionId],
        )
      : [];
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    pledge.ranking.forEach((id, index) => {
      if (!byId.has(id))
        problems.push({
          field: 'pledge.ranking',
          message: `pledge.ranking[${index}] (${id}) is not a candidate in the member's region.`,
        });
      else if (seen.has(id))
        problems.push({
          field: 'pledge.ranking',
          message: `pledge.ranking[${index}] repeats a candidate: rank each candidate at most once.`,
        });
      seen.add(id);
    });
    const second = pledge.secondPreferenceCandidateId;
    if (second && !byId.get(second)?.ours)
      problems.push({
        field: 'pledge.secondPreferenceCandidateId',
        message:
          "pledge.secondPreferenceCandidateId must be one of our slate's candidates in the member's region.",
      });
    assertValid(problems);
  }

  async record(
    manager: EntityManager,
    subject: PledgeSubject,
    pledge: PledgeAnswer,
    recordedById: string,
    at: Date,
  ): Promise<void> {
    await manager.query('UPDATE pledge SET is_latest = false WHERE member_id = $1 AND is_latest', [
      subject.memberId,
    ]);
    await manager.query(
      `INSERT INTO pledge (member_id, election_id, region_id, status, ranking, second_preference,
                           second_preference_candidate_id, ballot_received, voted, is_latest,
                           recorded_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5::uuid[], $6, $7, $8, $9, true, $10, $11)`,
      [
        subject.memberId,
        subject.electionId,
        subject.regionId,
        pledge.status,
        pledge.ranking,
        pledge.secondPreference ?? SecondPreferenceAnswer.NOT_ASKED,
        pledge.secondPreferenceCandidateId ?? null,
        pledge.ballotReceived ?? null,
        pledge.voted ?? null,
        recordedById,
        at,
      ],
    );
  }
}
