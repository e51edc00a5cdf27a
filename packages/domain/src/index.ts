export * from './election-rules';
export * from './enums';
