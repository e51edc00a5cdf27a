import {
  decodePreview,
  detectDelimiter,
  parseCsv,
  previewCsv,
  PreviewProblem,
} from './csv-preview';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the CSV preview parser', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const text = 'name,note\n"Smith, Jo","said ""hi""\nthen left"\nplain,x\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Smith, Jo', 'said "hi"\nthen left'],
      ['plain', 'x'],
    ]);
  });

  it('ends lines at CRLF, LF or CR and skips blank lines', () => {
    expect(parseCsv('a,b\r\n1,2\r\n\r\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,b,c\n,,\n1,,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['1', '', '3'],
    ]);
  });

  it('drops a leading byte order mark', () => {
    const { text, encoding } = decodePreview(bytes('\uFEFFMembership No,Mobile\n1,2\n'), true);
    expect(encoding).toBe('utf-8');
    expect(parseCsv(text)[0]).toEqual(['Membership No', 'Mobile']);
    // The BOM is dropped even if the text still starts with one.
    expect(parseCsv('\uFEFFa,b\n')[0]).toEqual(['a', 'b']);
  });

  it('stops after the rows it needs, and drops a last row the slice may have cut short', () => {
    expect(parseCsv('a\n1\n2\n3\n', { maxRecords: 2 })).toEqual([['a'], ['1']]);
    expect(parseCsv('a,b\n1,2\n3,', { complete: false })).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\n1,2\n3,', { complete: true })).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', ''],
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Zoë,£5" in Windows-1252: ë = 0xEB, £ = 0xA3. (Not 0x80–0x9F such as €: browsers decode
    // those as Windows-1252, but Node's TextDecoder, which this test runs on, as Latin-1.)
    const windows1252 = new Uint8Array([0x5a, 0x6f, 0xeb, 0x2c, 0xa3, 0x35, 0x0a]);
    const { text, encoding } = decodePreview(windows1252, true);
    expect(encoding).toBe('windows-1252');
    expect(parseCsv(text)).toEqual([['Zoë', '£5']]);
  });

  it('does not mistake a UTF-8 character cut at the end of the slice for Windows-1252', () => {
    const whole = bytes('name\nZoë\n');
    const cut = whole.slice(0, whole.indexOf(0xc3) + 1); // ends after the first byte of "ë"
    expect(decodePreview(cut, false).encoding).toBe('utf-8');
    expect(decodePreview(cut, true).encoding).toBe('windows-1252');
  });

  it('detects the delimiter from the header line as the server does', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('a,b\n')).toBe(',');
    expect(detectDelimiter('single\n')).toBeUndefined();
  });

  it('previews the header and the first five rows', () => {
    const file = [
      'Membership No;Mobile',
      ...Array.from({ length: 8 }, (_, i) => `M${i};07700 90000${i}`),
    ].join('\r\n');
    const preview = previewCsv(bytes(file), true);
    expect(preview.headers).toEqual(['Membership No', 'Mobile']);
    expect(preview.rows).toHaveLength(5);
    expect(preview.rows[0]).toEqual(['M0', '07700 900000']);
    expect(preview.delimiter).toBe(';');
    expect(preview.bytesPerLine).toBeGreaterThan(10);
  });

  it('refuses binary data and a file with no header', () => {
    expect(() => previewCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), true)).toThrow(
      PreviewProblem,
    );
    expect(() => previewCsv(bytes('just one column\n'), true)).toThrow(/not a header/);
  });
});
