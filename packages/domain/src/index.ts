export * from './call-queue';
export * from './call-script';
export * from './election-rules';
export * from './enums';
export * from './member-columns';
export * from './phone';
export * from './postcode-areas';
export * from './vote-management';
