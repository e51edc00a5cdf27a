import { type ChartCandidate } from '../utils/chart-types';

const LEFT = { name: 'Left Slate', colour: '#d62828', ours: true };
const OTHER = { name: 'Other Slate', colour: '#1d4f91', ours: false };

export const ANN: ChartCandidate = { id: 'c-ann', name: 'Ann Ours', slate: LEFT };
export const BEN: ChartCandidate = { id: 'c-ben', name: 'Ben Ours', slate: LEFT };
export const RIA: ChartCandidate = { id: 'c-ria', name: 'Ria Rival', slate: OTHER };
export const IDA: ChartCandidate = { id: 'c-ida', name: 'Ida Independent', slate: null };
