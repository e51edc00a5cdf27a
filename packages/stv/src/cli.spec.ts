import * as path from 'node:path';
import { readFileSync } from 'node:fs';

import { runCli } from './cli';

const LINN = path.resolve(__dirname, '../../../../shared/data/stv/glasgow-2007/Linn-2007.blt');

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => {
      if (p in files) return files[p];
      return readFileSync(p, 'utf8');
    },
  });
  return { code, stdout, stderr };
}

describe('the stv command', () => {
  it('prints the winners of Linn ward in order of election', () => {
    const { code, stdout } = run(['count', LINN]);
    expect(code).toBe(0);
    expect(stdout).toBe('David Ritchie\nSadie Docherty\nMargot Clark\nJohn McKenzie\n');
  });

  it('prints the quota, winners and every round as JSON with --json', () => {
    const { code, stdout } = run(['count', LINN, '--rule', 'scottish', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.quota).toBe(1914);
    expect(json.elected).toEqual([
      'David Ritchie',
      'Sadie Docherty',
      'Margot Clark',
      'John McKenzie',
    ]);
    expect(json.rounds).toHaveLength(10);
    expect(json.rounds[0].votes['David Ritchie']).toBe(2043);
    expect(json.rounds[1].votes['Margot Clark']).toBe(1302.942);
    expect(json.rounds[2].excluded).toEqual(['Gordon Thomson']);
    expect(json.rounds[0].elected).toEqual(['David Ritchie']);
  });

  it('exits 1 naming the line of a malformed file', () => {
    const { code, stderr, stdout } = run(['count', 'bad.blt'], {
      'bad.blt': '2 1\n1 1 2 0\n3 1 9 0\n0\n"A"\n"B"\n',
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.blt: line 3: candidate 9 does not exist/);
  });

  it('exits 1 for a file it cannot read', () => {
    const { code, stderr } = run(['count', '/nonexistent/ward.blt']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read/);
  });

  it.each([
    [[], /no command/],
    [['tally', LINN], /unknown command 'tally'/],
    [['count'], /no BLT file/],
    [['count', LINN, '--rule', 'borda'], /unknown rule 'borda'/],
    [['count', LINN, '--verbose'], /unknown option '--verbose'/],
    [['count', LINN, LINN], /unexpected argument/],
  ])('exits 2 with usage for bad usage %j', (argv, message) => {
    const { code, stderr } = run(argv as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/usage: stv count/);
  });
});
