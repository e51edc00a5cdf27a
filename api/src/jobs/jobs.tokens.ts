/** The app's database URL, for pg-boss's own small pool. */
export const DATABASE_URL = Symbol('DATABASE_URL');
