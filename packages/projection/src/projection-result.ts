// What a projection reports: the central scenario's count, and across the simulations each
// candidate's chance, our expected seats and how many more pledges would win one more.

export interface CandidateChance {
  candidateId: string;
  /** Simulations in which the candidate was elected. */
  elected: number;
}

export interface PledgesNeeded {
  /** Our weakest winnable candidate (see pledges-needed.ts for how they are chosen). */
  candidateId: string;
  /** More members pledged with them first that would elect them in the central scenario (null: none would). */
  firstPreferences: number | null;
  /** Or: more second preferences for them from voters whose first choice is another slate's candidate. */
  secondPreferences: number | null;
}

export interface ProjectionResult {
  /** Central scenario. */
  quota: number;
  ballots: number;
  /** Central scenario, candidate ids in order of election. */
  elected: string[];
  /** Central scenario, first stage. */
  firstPreferences: { candidateId: string; votes: number }[];
  simulations: number;
  /** Every candidate, in input order. */
  chances: CandidateChance[];
  /** Mean number of our slate's candidates elected. */
  expectedSeats: number;
  /** Null when every one of our candidates is safe or hopeless. */
  pledgesNeeded: PledgesNeeded | null;
}
