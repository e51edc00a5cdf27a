import { type CountingRule } from '../../../gql/graphql';

export const RULE_LABELS: Readonly<Record<CountingRule, string>> = {
  SCOTTISH: 'Scottish STV (2007 Order)',
  MEEK: 'Meek',
  ERS97: 'ERS 1997',
};

export const RULE_OPTIONS: readonly { value: CountingRule; label: string }[] = [
  { value: 'SCOTTISH', label: RULE_LABELS.SCOTTISH },
  { value: 'MEEK', label: RULE_LABELS.MEEK },
  { value: 'ERS97', label: RULE_LABELS.ERS97 },
];
