// STV benchmark (`npm run bench -- stv`, or `node tools/bench/stv.mjs [ballots]` once the
// packages are built: `npm run prepare`). Not a test: it asserts nothing, it measures.
//
// 1. Counts 1,000,000 random ballots (20 candidates in four slates, Zipf-like popularity,
//    lengths from one preference to all twenty, next preferences mostly within the slate)
//    for 6 seats under each rule (goal: scottish < 1 s), twice: grouped into distinct
//    rankings with weights, as the API hands pledges to the count, and one paper at a time.
//    The floor, measured in the same run: one pass over the same ballot arrays summing
//    first preferences, the least any count must do.
// 2. A projection of 1,000 simulations of a 10,000-ballot region (goal < 2 s), against
//    1,000 counts of its central scenario (the counts alone) and 1,000 passes over its
//    papers.
// 3. Then tools/bench/stv-tallies.mjs, when present (the tallies benchmark).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { require, root } from './_api.mjs';

for (const name of ['stv', 'projection']) {
  if (!existsSync(join(root, 'packages', name, 'dist', 'index.js'))) {
    process.stderr.write('Build the packages first: npm run prepare\n');
    process.exit(1);
  }
}
const { count, Lot, RULE_NAMES } = require('@phonebank/stv');
const { centralElection, DEFAULT_ASSUMPTIONS, project } = require('@phonebank/projection');

const BALLOTS = Number(process.argv[2] ?? process.env.BENCH_BALLOTS ?? 1_000_000);
const CANDIDATES = 20;
const SLATE_SIZE = 5;
const SEATS = 6;
const SIMULATIONS = 1_000;

const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const times = (value, floor) => `${(value / floor).toFixed(0)}× the floor`;

const since = (started) => Number(process.hrtime.bigint() - started) / 1e6;

/**
 * Milliseconds of the fastest of `runs` calls after one warm-up call, within about three
 * seconds; a first call longer than five seconds is measure enough and is the only one.
 */
function timed(run, runs = 1) {
  let started = process.hrtime.bigint();
  let result = run();
  const first = since(started);
  if (first > 5000) return { ms: first, result };
  let best = Infinity;
  let spent = first;
  for (let i = 0; i < runs && (i === 0 || spent < 3000); i += 1) {
    started = process.hrtime.bigint();
    result = run();
    const took = since(started);
    spent += took;
    best = Math.min(best, took);
  }
  return { ms: best, result };
}

/** Ballots as voters in a slate election cast them; the same seed gives the same ballots. */
function randomBallots(howMany, seed) {
  const lot = new Lot(seed);
  // Zipf-like: the candidate of popularity rank r draws 1/r, ranks shuffled over the slates.
  const ranks = Array.from({ length: CANDIDATES }, (_, c) => c + 1);
  for (let i = ranks.length - 1; i > 0; i -= 1) {
    const j = Math.floor(lot.next() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j], ranks[i]];
  }
  const popularity = ranks.map((r) => 1 / r);
  const slateOf = (c) => Math.floor(c / SLATE_SIZE);
  const pick = (left, slate) => {
    let total = 0;
    for (const c of left) if (slate < 0 || slateOf(c) === slate) total += popularity[c];
    if (total === 0) return pick(left, -1);
    let r = lot.next() * total;
    for (let i = 0; i < left.length; i += 1) {
      const c = left[i];
      if (slate >= 0 && slateOf(c) !== slate) continue;
      r -= popularity[c];
      if (r < 0) return i;
    }
    return left.findLastIndex((c) => slate < 0 || slateOf(c) === slate);
  };
  const ballots = new Array(howMany);
  for (let b = 0; b < howMany; b += 1) {
    // Most papers rank a few candidates; one in twenty ranks them all.
    const length =
      lot.next() < 0.05
        ? CANDIDATES
        : Math.min(CANDIDATES, 1 + Math.floor(-Math.log(1 - lot.next()) * 2.5));
    const left = Array.from({ length: CANDIDATES }, (_, c) => c);
    const preferences = [];
    while (preferences.length < length) {
      const stay = preferences.length > 0 && lot.next() < 0.7;
      const i = pick(left, stay ? slateOf(preferences[preferences.length - 1]) : -1);
      preferences.push(left[i]);
      left.splice(i, 1);
    }
    ballots[b] = { weight: 1, preferences };
  }
  return ballots;
}

/** Identical rankings as one weighted ballot: what GROUP BY ranking gives the API. */
function grouped(ballots) {
  const byRanking = new Map();
  for (const ballot of ballots) {
    const key = ballot.preferences.join(' ');
    const same = byRanking.get(key);
    if (same) same.weight += ballot.weight;
    else byRanking.set(key, { weight: ballot.weight, preferences: ballot.preferences });
  }
  return [...byRanking.values()];
}

/** The floor: read every ballot once, adding its weight to its first preference. */
function firstPreferencePass(ballots, candidates) {
  const tally = new Float64Array(candidates);
  for (let i = 0; i < ballots.length; i += 1) {
    const ballot = ballots[i];
    tally[ballot.preferences[0]] += ballot.weight;
  }
  return tally;
}

console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, load average ${loadavg()[0].toFixed(2)} at start`,
);

const verdict = (took, goal) => `${ms(took)}: ${took < goal ? 'goal met' : 'goal missed'}`;

/** Part 1: a million ballots, in a function so they are garbage before part 2 runs. */
function countMillion() {
  const made = timed(() => randomBallots(BALLOTS, 2007));
  const papers = made.result;
  const lengths = papers.reduce((sum, b) => sum + b.preferences.length, 0) / papers.length;
  const grouping = timed(() => grouped(papers));
  const distinct = grouping.result;
  const election = (ballots) => ({
    title: 'bench',
    seats: SEATS,
    candidates: Array.from({ length: CANDIDATES }, (_, c) => `C${c + 1}`),
    withdrawn: [],
    ballots,
  });
  const floor = timed(() => firstPreferencePass(papers, CANDIDATES), 20).ms;
  const groupedFloor = timed(() => firstPreferencePass(distinct, CANDIDATES), 20).ms;

  console.log(
    `\n${BALLOTS.toLocaleString('en-GB')} ballots, ${CANDIDATES} candidates, ${SEATS} seats: ${lengths.toFixed(1)} preferences a paper on average, ${distinct.length.toLocaleString('en-GB')} distinct rankings (generated in ${ms(made.ms)}, grouped in ${ms(grouping.ms)})`,
  );
  console.log(
    `floor: one pass summing first preferences: ${ms(floor)} over the papers, ${ms(groupedFloor)} over the distinct rankings`,
  );
  console.log('rule       grouped (distinct rankings, weighted)      ungrouped (one paper each)');
  const scottish = {};
  for (const rule of RULE_NAMES) {
    const byRanking = timed(() => count(election(distinct), { rule }), 3);
    const byPaper = timed(() => count(election(papers), { rule }));
    if (rule === 'scottish')
      Object.assign(scottish, { grouped: byRanking.ms, ungrouped: byPaper.ms });
    const same =
      byRanking.result.elected.join() === byPaper.result.elected.join()
        ? ''
        : '  (winners differ!)';
    console.log(
      `${rule.padEnd(10)} ${ms(byRanking.ms).padStart(9)}  ${times(byRanking.ms, floor).padEnd(22)} ${byRanking.result.stages.length} stages   ${ms(byPaper.ms).padStart(9)}  ${times(byPaper.ms, floor)}${same}`,
    );
  }
  console.log(
    `goal scottish < 1 s: grouped ${verdict(scottish.grouped, 1000)}; ungrouped ${verdict(scottish.ungrouped, 1000)}`,
  );
}

// 2. A projection: 1,000 simulations of a region of about 10,000 voters.
const region = {
  seats: 5,
  rule: 'scottish',
  minima: [
    { tag: 'woman', count: 2 },
    { tag: 'bame', count: 1 },
  ],
  candidates: [
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `our-${i}`,
      name: `Ours ${i + 1}`,
      slateId: 'ours',
      tags: i % 2 ? ['woman'] : [],
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `rival-${i}`,
      name: `Rival ${i + 1}`,
      slateId: 'rival',
      tags: i % 2 ? [] : ['woman'],
    })),
    { id: 'ind-0', name: 'Independent 1', slateId: null, tags: ['bame'] },
    { id: 'ind-1', name: 'Independent 2', slateId: null, tags: [] },
  ],
  slates: [
    { id: 'ours', name: 'Ours', ours: true },
    { id: 'rival', name: 'Rival', ours: false },
  ],
  electorate: 29_100,
  pledges: [
    { status: 'PLEDGED', ranking: ['our-0', 'our-1', 'our-2'], count: 600 },
    { status: 'PLEDGED', ranking: ['our-1', 'our-0'], count: 400 },
    { status: 'PLEDGED', ranking: ['our-3', 'our-4', 'our-2'], count: 300 },
    { status: 'PLEDGED', ranking: [], count: 200 },
    { status: 'LEANING', ranking: ['our-2', 'rival-0'], count: 300 },
    { status: 'AGAINST', ranking: ['rival-0', 'our-4'], count: 150 },
    { status: 'AGAINST', ranking: [], count: 500 },
    { status: 'UNDECIDED', ranking: [], count: 800 },
    { status: 'NOT_VOTING', ranking: [], count: 700 },
  ],
  assumptions: {
    ...DEFAULT_ASSUMPTIONS,
    slates: [
      { slateId: 'ours', share: 0.35, loyalty: 0.8 },
      { slateId: 'rival', share: 0.45, loyalty: 0.7 },
    ],
  },
  simulations: SIMULATIONS,
  seed: 42,
};

/** Part 2: the projection against its own counts and floor. */
function projectRegion() {
  // The central scenario's weighted ballots: the counts alone, without drawing anything.
  const central = centralElection(region);
  const centralBallots = central.election.ballots;
  const regionPapers = centralBallots.flatMap((ballot) =>
    Array.from({ length: ballot.weight }, () => ({ weight: 1, preferences: ballot.preferences })),
  );
  console.log(
    `\nProjection: ${SIMULATIONS.toLocaleString('en-GB')} simulations of a region of ${regionPapers.length.toLocaleString('en-GB')} ballots (${centralBallots.length} distinct rankings in the central scenario), ${region.candidates.length} candidates, ${region.seats} seats, 2 reserved minima`,
  );
  const regionFloor =
    timed(() => firstPreferencePass(regionPapers, region.candidates.length), 20).ms * SIMULATIONS;
  console.log(
    `floor: ${SIMULATIONS.toLocaleString('en-GB')} passes summing first preferences over its papers: ${ms(regionFloor)}`,
  );
  console.log(
    'rule       projection                 1,000 counts of the central ballots   projection ÷ counts',
  );
  const projected = {};
  for (const rule of RULE_NAMES) {
    const input = { ...region, rule };
    const run = timed(() => project(input));
    projected[rule] = run.ms;
    const counts = timed(() => {
      for (let i = 0; i < SIMULATIONS; i += 1)
        count(central.election, { ...central.options, rule });
    }).ms;
    console.log(
      `${rule.padEnd(10)} ${ms(run.ms).padStart(9)}  ${times(run.ms, regionFloor).padEnd(16)} ${ms(counts).padStart(9)}                             ${(run.ms / counts).toFixed(2)}     (expected seats ${run.result.expectedSeats.toFixed(2)})`,
    );
  }
  console.log(`goal < 2 s (scottish): ${verdict(projected.scottish, 2000)}`);
}

countMillion();
// Collect what part 1 allocated (papers, counts) now, rather than inside part 2's timings.
setFlagsFromString('--expose-gc');
runInNewContext('gc')();
projectRegion();
console.log(`Load average at the end: ${loadavg()[0].toFixed(2)}`);

// ---------------------------------------------------------------------------------------
// HOOK: the tallies benchmark (tools/bench/stv-tallies.mjs, written separately) runs here
// when it exists and prints its own figures.
// ---------------------------------------------------------------------------------------
const tallies = join(dirname(fileURLToPath(import.meta.url)), 'stv-tallies.mjs');
if (existsSync(tallies)) {
  console.log('\nTallies (tools/bench/stv-tallies.mjs):');
  const result = spawnSync(process.execPath, [tallies, ...process.argv.slice(3)], {
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
} else {
  console.log('\nTallies: tools/bench/stv-tallies.mjs is not there yet; nothing to run.');
}
