// Every UK postcode area (plus the Channel Islands and the Isle of Man) and the region of
// Momentum's National Coordinating Group it falls in by default. An election's own table
// (region_postcode_area) starts from this one and may be edited per election.

export const NCG_REGION_CODES = ['LE', 'SE', 'SW', 'MID', 'NWNE', 'YNI', 'SCO', 'WAL'] as const;
export type NcgRegionCode = (typeof NCG_REGION_CODES)[number];

export const DEFAULT_POSTCODE_AREAS: Readonly<Record<string, NcgRegionCode>> = {
  AB: 'SCO',
  AL: 'LE',
  B: 'MID',
  BA: 'SW',
  BB: 'NWNE',
  BD: 'YNI',
  BH: 'SW',
  BL: 'NWNE',
  BN: 'SE',
  BR: 'LE',
  BS: 'SW',
  BT: 'YNI',
  CA: 'NWNE',
  CB: 'LE',
  CF: 'WAL',
  CH: 'NWNE',
  CM: 'LE',
  CO: 'LE',
  CR: 'LE',
  CT: 'SE',
  CV: 'MID',
  CW: 'NWNE',
  DA: 'SE',
  DD: 'SCO',
  DE: 'MID',
  DG: 'SCO',
  DH: 'NWNE',
  DL: 'NWNE',
  DN: 'YNI',
  DT: 'SW',
  DY: 'MID',
  E: 'LE',
  EC: 'LE',
  EH: 'SCO',
  EN: 'LE',
  EX: 'SW',
  FK: 'SCO',
  FY: 'NWNE',
  G: 'SCO',
  GL: 'SW',
  GU: 'SE',
  GY: 'YNI',
  HA: 'LE',
  HD: 'YNI',
  HG: 'YNI',
  HP: 'SE',
  HR: 'MID',
  HS: 'SCO',
  HU: 'YNI',
  HX: 'YNI',
  IG: 'LE',
  IM: 'YNI',
  IP: 'LE',
  IV: 'SCO',
  JE: 'YNI',
  KA: 'SCO',
  KT: 'SE',
  KW: 'SCO',
  KY: 'SCO',
  L: 'NWNE',
  LA: 'NWNE',
  LD: 'WAL',
  LE: 'MID',
  LL: 'WAL',
  LN: 'MID',
  LS: 'YNI',
  LU: 'LE',
  M: 'NWNE',
  ME: 'SE',
  MK: 'SE',
  ML: 'SCO',
  N: 'LE',
  NE: 'NWNE',
  NG: 'MID',
  NN: 'MID',
  NP: 'WAL',
  NR: 'LE',
  NW: 'LE',
  OL: 'NWNE',
  OX: 'SE',
  PA: 'SCO',
  PE: 'LE',
  PH: 'SCO',
  PL: 'SW',
  PO: 'SE',
  PR: 'NWNE',
  RG: 'SE',
  RH: 'SE',
  RM: 'LE',
  S: 'YNI',
  SA: 'WAL',
  SE: 'LE',
  SG: 'LE',
  SK: 'NWNE',
  SL: 'SE',
  SM: 'LE',
  SN: 'SW',
  SO: 'SE',
  SP: 'SW',
  SR: 'NWNE',
  SS: 'LE',
  ST: 'MID',
  SW: 'LE',
  SY: 'MID',
  TA: 'SW',
  TD: 'SCO',
  TF: 'MID',
  TN: 'SE',
  TQ: 'SW',
  TR: 'SW',
  TS: 'NWNE',
  TW: 'LE',
  UB: 'LE',
  W: 'LE',
  WA: 'NWNE',
  WC: 'LE',
  WD: 'LE',
  WF: 'YNI',
  WN: 'NWNE',
  WR: 'MID',
  WS: 'MID',
  WV: 'MID',
  YO: 'YNI',
  ZE: 'SCO',
};

export const POSTCODE_AREAS: readonly string[] = Object.keys(DEFAULT_POSTCODE_AREAS).sort();

const POSTCODE = /^([A-Z]{1,2})[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/;
const AREA = /^[A-Z]{1,2}$/;

/** "ls6 2ab" → "LS6 2AB": upper case, one space before the inward code. */
export function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** The area ("LS", "G") of a well-formed UK postcode, or undefined when it is not one. */
export function postcodeArea(postcode: string): string | undefined {
  const match = POSTCODE.exec(normalisePostcode(postcode));
  return match ? match[1] : undefined;
}

export function isPostcodeArea(area: string): boolean {
  return AREA.test(area);
}
