import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
/**
 * argon2 would hash any length, but every sign-in hashes what is typed: a megabyte password
 * would make each attempt a denial of service, so longer ones are refused when set.
 */
export const PASSWORD_MAX_LENGTH = 1024;
/** zxcvbn's 0–4: 0 and 1 are the commonest passwords and patterns (password1234, qwerty…). */
const MIN_STRENGTH = 2;

// The common-password and keyboard-pattern lists of zxcvbn-ts, loaded once.
const strength = new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

/**
 * What is wrong with a password someone wants to set, said to follow its field's name
 * ("password must be …"), or undefined when it will do. Every way of setting a password
 * (creating or changing a user, ADMIN_PASSWORD at start) asks this.
 */
export function passwordProblem(password: string): string | undefined {
  if (password.trim() === '') return 'must not be only spaces';
  if (password.length < PASSWORD_MIN_LENGTH)
    return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (strength.check(password).score < MIN_STRENGTH)
    return 'is one of the commonest passwords or an easy pattern (such as password1234 or qwertyuiop): choose a longer or less usual one';
  return undefined;
}
