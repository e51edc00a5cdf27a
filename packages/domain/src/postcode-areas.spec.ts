import {
  DEFAULT_POSTCODE_AREAS,
  NCG_REGION_CODES,
  normalisePostcode,
  POSTCODE_AREAS,
  postcodeArea,
} from './postcode-areas';

describe('postcode areas', () => {
  it('covers every UK postcode area, the Channel Islands and the Isle of Man', () => {
    expect(POSTCODE_AREAS).toHaveLength(124);
    for (const area of ['AB', 'E', 'EC', 'G', 'LS', 'ZE', 'GY', 'JE', 'IM']) {
      expect(POSTCODE_AREAS).toContain(area);
    }
  });

  it('puts each area in one NCG region, Northern Ireland with Yorkshire', () => {
    for (const code of Object.values(DEFAULT_POSTCODE_AREAS)) {
      expect(NCG_REGION_CODES).toContain(code);
    }
    expect(DEFAULT_POSTCODE_AREAS.BT).toBe('YNI');
    expect(DEFAULT_POSTCODE_AREAS.G).toBe('SCO');
    expect(DEFAULT_POSTCODE_AREAS.CF).toBe('WAL');
    expect(DEFAULT_POSTCODE_AREAS.SE).toBe('LE');
  });

  it('finds the area of a postcode written any usual way', () => {
    expect(postcodeArea('LS6 2AB')).toBe('LS');
    expect(postcodeArea('ls62ab')).toBe('LS');
    expect(postcodeArea('G1 1AA')).toBe('G');
    expect(postcodeArea('EC1A 1BB')).toBe('EC');
    expect(postcodeArea(' sw1a  1aa ')).toBe('SW');
    expect(normalisePostcode('sw1a1aa')).toBe('SW1A 1AA');
  });

  it('refuses what is not a postcode', () => {
    for (const bad of ['', 'LS', '12345', 'LS6 2A', 'ABC1 2DE', 'LS6 2AB X']) {
      expect(postcodeArea(bad)).toBeUndefined();
    }
  });
});
