import {
  assumptionsDraft,
  assumptionsInput,
  placeAssumptionField,
  slateField,
} from './projection-form';

const SLATES = [
  { id: 's-left', name: 'Left Slate' },
  { id: 's-other', name: 'Other Slate' },
  { id: 's-third', name: 'Third Slate' },
];

const ASSUMPTIONS = {
  turnout: 0.3,
  pledgeReliability: 0.9,
  leaningReliability: 0.6,
  variation: 0.1,
  slates: [{ slate: { id: 's-other' }, share: 0.45, loyalty: 0.7 }],
};

describe('the projection assumptions form', () => {
  it('shows rates as whole percentages, slates not set as blanks', () => {
    const draft = assumptionsDraft(ASSUMPTIONS);
    expect(draft.rates).toEqual({
      turnout: '30',
      pledgeReliability: '90',
      leaningReliability: '60',
      variation: '10',
    });
    expect(draft.slates).toEqual({ 's-other': { share: '45', loyalty: '70' } });
  });

  it('sends rates, and only the slates given a share or loyalty, in the API’s terms', () => {
    const draft = assumptionsDraft(ASSUMPTIONS);
    draft.slates['s-third'] = { share: '5', loyalty: '50' };
    draft.slates['s-left'] = { share: '', loyalty: '' };
    const { input, problems, slateOrder } = assumptionsInput(draft, SLATES);
    expect(problems).toEqual([]);
    expect(input).toEqual({
      turnout: 0.3,
      pledgeReliability: 0.9,
      leaningReliability: 0.6,
      variation: 0.1,
      slates: [
        { slateId: 's-other', share: 0.45, loyalty: 0.7 },
        { slateId: 's-third', share: 0.05, loyalty: 0.5 },
      ],
    });
    expect(slateOrder).toEqual(['s-other', 's-third']);
  });

  it('names the field of a number that is not a percentage', () => {
    const draft = assumptionsDraft(ASSUMPTIONS);
    draft.rates.turnout = '130';
    draft.rates.variation = '';
    draft.slates['s-other'] = { share: '45', loyalty: '-1' };
    expect(assumptionsInput(draft, SLATES).problems).toEqual([
      { field: 'turnout', message: 'Turnout must be a percentage from 0 to 100.' },
      { field: 'variation', message: 'Random variation must be a percentage from 0 to 100.' },
      {
        field: slateField('s-other', 'loyalty'),
        message: 'Other Slate’s loyalty must be a percentage from 0 to 100.',
      },
    ]);
  });

  it('shows a problem the API names next to its field, a slate’s by its place in the input', () => {
    const place = placeAssumptionField(['s-other', 's-third']);
    expect(place('turnout')).toBe('turnout');
    expect(place('input.pledgeReliability')).toBe('pledgeReliability');
    expect(place('slates[1].share')).toBe('slates.s-third.share');
    expect(place('input.slates[0].loyalty')).toBe('slates.s-other.loyalty');
    expect(place('slates[2].share')).toBeUndefined();
    expect(place('regionId')).toBeUndefined();
  });
});
