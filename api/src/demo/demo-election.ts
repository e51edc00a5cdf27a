import { CountingRule } from '@phonebank/domain';

// Momentum's NCG 2022 members' section: eight regions, 26 seats, published minima.
// Slates and candidates are invented.

export const DEMO_ELECTION = { name: 'Momentum NCG 2022 (demo)', rule: CountingRule.SCOTTISH };

export interface DemoRegion {
  code: string;
  name: string;
  seats: number;
  minima: { tag: string; count: number }[];
  /** Share of the demo's members living here. */
  share: number;
  /** Ofcom's drama ranges (each prefix + 3 digits), so no demo call reaches a person; postcode areas. */
  phonePrefixes: string[];
  postcodeAreas: string[];
}

export const DEMO_REGIONS: DemoRegion[] = [
  {
    code: 'LE',
    name: 'London & Eastern',
    seats: 6,
    minima: [
      { tag: 'woman', count: 3 },
      { tag: 'bame', count: 2 },
    ],
    share: 0.3,
    phonePrefixes: ['+442079460'],
    postcodeAreas: ['E', 'N', 'SE', 'NW', 'CB', 'NR'],
  },
  {
    code: 'SE',
    name: 'South East',
    seats: 3,
    minima: [
      { tag: 'woman', count: 1 },
      { tag: 'bame', count: 1 },
    ],
    share: 0.1,
    phonePrefixes: ['+441184960', '+442380496'],
    postcodeAreas: ['RG', 'SO', 'BN', 'OX'],
  },
  {
    code: 'SW',
    name: 'South West',
    seats: 3,
    minima: [{ tag: 'woman', count: 2 }],
    share: 0.09,
    phonePrefixes: ['+441174960'],
    postcodeAreas: ['BS', 'EX', 'PL', 'BA'],
  },
  {
    code: 'MID',
    name: 'Midlands',
    seats: 4,
    minima: [
      { tag: 'woman', count: 2 },
      { tag: 'bame', count: 1 },
    ],
    share: 0.13,
    phonePrefixes: ['+441214960'],
    postcodeAreas: ['B', 'CV', 'NG', 'LE'],
  },
  {
    code: 'NWNE',
    name: 'North West & North East',
    seats: 5,
    minima: [
      { tag: 'woman', count: 2 },
      { tag: 'bame', count: 2 },
    ],
    share: 0.17,
    phonePrefixes: ['+441614960', '+441914980'],
    postcodeAreas: ['M', 'L', 'NE', 'SR'],
  },
  {
    code: 'YNI',
    name: 'Yorkshire, Northern Ireland & International',
    seats: 3,
    minima: [{ tag: 'woman', count: 2 }],
    share: 0.11,
    phonePrefixes: ['+441134960', '+441144960', '+442896496'],
    postcodeAreas: ['LS', 'S', 'BT', 'YO'],
  },
  {
    code: 'SCO',
    name: 'Scotland',
    seats: 1,
    minima: [],
    share: 0.06,
    phonePrefixes: ['+441314960', '+441414960'],
    postcodeAreas: ['EH', 'G'],
  },
  {
    code: 'WAL',
    name: 'Wales',
    seats: 1,
    minima: [{ tag: 'woman', count: 1 }],
    share: 0.04,
    phonePrefixes: ['+442920180'],
    postcodeAreas: ['CF', 'SA'],
  },
];

export const DEMO_SLATES = [
  { key: 'ours', name: 'Grassroots Left', ours: true, colour: '#d55e00' },
  { key: 'members', name: 'Members First', ours: false, colour: '#0072b2' },
  { key: 'renewal', name: 'Renewal Network', ours: false, colour: '#009e73' },
] as const;

export type DemoSlateKey = (typeof DEMO_SLATES)[number]['key'];

export const WOMEN_FIRST_NAMES = [
  'Aisha',
  'Chloe',
  'Eilidh',
  'Grace',
  'Isla',
  'Kate',
  'Maya',
  'Nadia',
  'Priya',
  'Sana',
  'Uzma',
  'Wren',
  'Zara',
  'Bethan',
  'Dina',
  'Farah',
  'Hana',
  'Jess',
  'Lowri',
  'Femi',
];

export const MEN_FIRST_NAMES = [
  'Ben',
  'Dev',
  'Hamza',
  'Jamal',
  'Liam',
  'Owen',
  'Rhys',
  'Tom',
  'Vik',
  'Yusuf',
  'Ali',
  'Cian',
  'Ewan',
  'Gethin',
  'Imran',
  'Kwame',
];

export const FIRST_NAMES = [...WOMEN_FIRST_NAMES, ...MEN_FIRST_NAMES];

export const LAST_NAMES = [
  'Ahmed',
  'Baker',
  'Campbell',
  'Davies',
  'Evans',
  'Fraser',
  'Green',
  'Hussain',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Morgan',
  'Nowak',
  'Okafor',
  'Patel',
  'Quinn',
  'Roberts',
  'Singh',
  'Taylor',
  'Usman',
  'Walker',
  'Xu',
  'Young',
  'Begum',
  'Clarke',
  'Doyle',
  'Edwards',
  'Flynn',
  'Gill',
];

export const PITCHES = [
  'Branch secretary who built a 300-strong renters’ union.',
  'Trade union rep; wants members to set policy, not staff.',
  'Organised the campaign to save the local library.',
  'Youth organiser: political education in every branch.',
  'Councillor who has fought for council homes for a decade.',
  'Nurse and health-workers’ organiser.',
];

/** A small deterministic generator, so every fresh demo database holds the same people. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
