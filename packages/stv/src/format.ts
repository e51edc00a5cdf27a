// Turns a count result into what people read: the contract's JSON (names, not positions)
// and the plain list of winners the CLI prints by default.

import { type CountResult, type StageEvent } from './count-result';

export interface JsonRound {
  stage: number;
  votes: Record<string, number>;
  nonTransferable: number;
  lostToRounding: number;
  quota: number;
  elected: string[];
  excluded: string[];
  events: Record<string, unknown>[];
}

export interface JsonResult {
  rule: string;
  title: string;
  seats: number;
  quota: number;
  elected: string[];
  excluded: string[];
  rounds: JsonRound[];
}

function eventWithNames(event: StageEvent, name: (c: number) => string): Record<string, unknown> {
  // Events name candidates by position; readers of JSON want names.
  return 'candidate' in event ? { ...event, candidate: name(event.candidate) } : { ...event };
}

export function toJson(result: CountResult): JsonResult {
  const name = (c: number) => result.candidates[c];
  return {
    rule: result.rule,
    title: result.title,
    seats: result.seats,
    quota: result.quota,
    elected: result.elected.map(name),
    excluded: result.excluded.map(name),
    rounds: result.stages.map((stage) => ({
      stage: stage.number,
      votes: Object.fromEntries(
        stage.votes.flatMap((v, c) =>
          result.withdrawn.includes(c) ? [] : [[name(c), v] as const],
        ),
      ),
      nonTransferable: stage.nonTransferable,
      lostToRounding: stage.lostToRounding,
      quota: stage.quota,
      elected: stage.elected.map(name),
      excluded: stage.excluded.map(name),
      events: stage.events.map((e) => eventWithNames(e, name)),
    })),
  };
}

/** One elected candidate per line, in order of election. */
export function toText(result: CountResult): string {
  return result.elected.map((c) => `${result.candidates[c]}\n`).join('');
}
