export * from './check-projection-input';
export * from './project';
export * from './projection-input';
export * from './projection-result';
export * from './expected-quota';
