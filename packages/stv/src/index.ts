export * from './blt-parser';
export * from './count';
export * from './count-result';
export * from './election';
export * from './format';
export { Lot } from './tie-break';
