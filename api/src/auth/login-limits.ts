/** Failed sign-ins counted in the window, per account (typed email) and per address. */
export const LOGIN_WINDOW_MINUTES = 15;
/** Sign-ins an account may get wrong in the window; then even the right password is refused. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/**
 * Failed sign-ins from one address (any accounts) after which its sign-ins are slowed, never
 * refused: a phone bank in one hall shares one address, and one volunteer's typos must not
 * lock out the rest. Spraying one password over many accounts from there gets slow instead.
 */
export const SLOW_DOWN_AFTER_ADDRESS_FAILURES = 30;
/** The wait added per failure over that many, and the most it grows to. */
export const ADDRESS_DELAY_STEP_MS = 250;
export const MAX_ADDRESS_DELAY_MS = 5_000;
