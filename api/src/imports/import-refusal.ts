/** Why an upload is refused before anything is written: answered as `{ code, message }`. */
export class ImportRefusal extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: 'BAD_USER_INPUT' | 'BAD_HEADER' | 'NOT_CSV' | 'FILE_TOO_LARGE',
    message: string,
  ) {
    super(message);
    this.name = 'ImportRefusal';
  }
}
