#!/usr/bin/env node
/// <reference types="node" />
// `stv count FILE.blt [--rule scottish|meek|ers97] [--json] [--seed N]`.
// Exit 0 on a count, 1 for a file that cannot be read or is not BLT (naming the line),
// 2 for bad usage. runCli takes its I/O as arguments so tests need no child process.

import { readFileSync } from 'node:fs';

import { BltParseError, parseBlt } from './blt-parser';
import { count } from './count';
import { RULE_NAMES, type RuleName } from './count-result';
import { toJson, toText } from './format';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
}

const USAGE = 'usage: stv count FILE.blt [--rule scottish|meek|ers97] [--json] [--seed N]\n';

interface Invocation {
  file: string;
  rule: RuleName;
  json: boolean;
  seed: number;
}

function parseArgs(argv: readonly string[]): Invocation | string {
  const [command, ...rest] = argv;
  if (command !== 'count')
    return command === undefined ? 'no command given' : `unknown command '${command}'`;
  let file: string | undefined;
  let rule: RuleName = 'scottish';
  let json = false;
  let seed = 0;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--json') {
      json = true;
    } else if (flag === '--rule') {
      const wanted = value();
      const known = RULE_NAMES.find((r) => r === wanted);
      if (!known) return `unknown rule '${wanted ?? ''}' (expected ${RULE_NAMES.join(', ')})`;
      rule = known;
    } else if (flag === '--seed') {
      const wanted = value();
      if (wanted === undefined || !/^\d+$/.test(wanted)) return `--seed needs a whole number`;
      seed = Number(wanted);
    } else if (flag.startsWith('-') && flag !== '-') {
      return `unknown option '${flag}'`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `unexpected argument '${arg}'`;
    }
  }
  if (file === undefined) return 'no BLT file given';
  return { file, rule, json, seed };
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.stderr(`stv: ${parsed}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(parsed.file);
  } catch (error) {
    io.stderr(
      `stv: cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  try {
    const result = count(parseBlt(text), { rule: parsed.rule, seed: parsed.seed });
    io.stdout(parsed.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : toText(result));
    return 0;
  } catch (error) {
    if (error instanceof BltParseError) {
      io.stderr(`stv: ${parsed.file}: line ${error.line}: ${error.reason}\n`);
      return 1;
    }
    io.stderr(`stv: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
  });
}
