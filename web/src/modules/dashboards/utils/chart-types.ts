/** What the charts need of a slate, a candidate and a count per candidate (any query's shape fits). */
export interface ChartSlate {
  name: string;
  colour: string;
  ours: boolean;
}

export interface ChartCandidate {
  id: string;
  name: string;
  slate?: ChartSlate | null;
}

export interface ChartCandidateCount {
  candidate: ChartCandidate;
  count: number;
}

/** One bar of a bar chart. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as shown beside the bar and in the table; the plain number by default. */
  valueText?: string;
  /** Fill colour (a slate's); the brand colour by default. */
  colour?: string;
  /** A word beside the label, e.g. "ours" or "elected": never said by colour alone. */
  note?: string;
}

/** A vertical line across a bar chart, e.g. the quota. */
export interface ReferenceLine {
  value: number;
  label: string;
}
