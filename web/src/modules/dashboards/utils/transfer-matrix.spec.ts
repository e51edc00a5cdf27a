import { transferMatrix } from './transfer-matrix';

const ann = { id: 'ann', name: 'Ann' };
const bob = { id: 'bob', name: 'Bob' };
const cat = { id: 'cat', name: 'Cat' };

describe('the transfer matrix', () => {
  it('puts each first choice’s next preferences in the candidates’ columns, exhausted last', () => {
    const matrix = transferMatrix(
      [ann, bob, cat],
      [
        { from: ann, to: bob, count: 6 },
        { from: ann, to: null, count: 2 },
        { from: cat, to: ann, count: 1 },
      ],
    );
    expect(matrix.columns).toEqual([ann, bob, cat]);
    expect(matrix.rows.map((row) => [row.from.id, row.total])).toEqual([
      ['ann', 8],
      ['cat', 1],
    ]);
    expect(matrix.rows[0].cells).toEqual([
      { toId: 'ann', count: 0, share: 0 },
      { toId: 'bob', count: 6, share: 0.75 },
      { toId: 'cat', count: 0, share: 0 },
      { toId: null, count: 2, share: 0.25 },
    ]);
    expect(matrix.total).toBe(9);
  });

  it('adds up a pair that arrives twice, and leaves out first choices nobody gave', () => {
    const matrix = transferMatrix(
      [ann, bob],
      [
        { from: bob, to: ann, count: 1 },
        { from: bob, to: ann, count: 2 },
      ],
    );
    expect(matrix.rows).toHaveLength(1);
    expect(matrix.rows[0].cells[0]).toEqual({ toId: 'ann', count: 3, share: 1 });
  });
});
