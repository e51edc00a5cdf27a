import type { Readable } from 'node:stream';

import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { type ColumnMapping, isMemberColumnName, Role } from '@phonebank/domain';
import busboy from 'busboy';
import type { Response } from 'express';

import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import type { AuthenticatedRequest } from '../auth/request-context';
import { ElectionsService } from '../elections/services/elections.service';
import type { User } from '../users/user.entity';
import { errorReportHeader, errorReportLines } from './import-error-report';
import { ImportRefusal } from './import-refusal';
import { ImportUploadService } from './services/import-upload.service';
import { MemberImportsService } from './services/member-imports.service';

const CSV_TYPES = new Set([
  'text/csv',
  'text/plain',
  'application/csv',
  'application/vnd.ms-excel',
  'application/octet-stream',
]);

@Controller('api/imports')
export class ImportsController {
  constructor(
    private readonly uploads: ImportUploadService,
    private readonly imports: MemberImportsService,
    private readonly elections: ElectionsService,
    private readonly audit: AuditService,
  ) {}

  /** A member file, as text/csv or multipart (field `file`): 202 {id}, or refused with nothing written. */
  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Post('members')
  async upload(
    @CurrentUser() user: User,
    @Req() request: AuthenticatedRequest,
    @Res() response: Response,
    @Query('electionId') electionId: string | undefined,
    @Query('mapping') mappingText: string | undefined,
    @Query('fileName') fileName: string | undefined,
    @Query('dryRun') dryRunText: string | undefined,
    @Query('blankCellsClear') blankCellsClearText: string | undefined,
  ): Promise<void> {
    try {
      const election = await this.election(user, electionId);
      const options = {
        dryRun: parseFlag('dryRun', dryRunText),
        blankCellsClear: parseFlag('blankCellsClear', blankCellsClearText),
      };
      let mapping = parseMapping(mappingText);
      const length = Number(request.headers['content-length'] ?? NaN);
      const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      const multipart = type === 'multipart/form-data';
      if (length > this.uploads.maxBytes + (multipart ? 64 * 1024 : 0)) {
        throw new ImportRefusal(
          413,
          'FILE_TOO_LARGE',
          `The file is larger than the limit of ${this.uploads.maxBytes} bytes.`,
        );
      }
      let accepted: { id: string };
      if (multipart) {
        accepted = await new Promise((resolve, reject) => {
          let gotFile = false;
          const form = busboy({
            headers: request.headers,
            limits: { files: 1, fields: 10, fieldSize: 64 * 1024 },
          });
          form.on('field', (name, value) => {
            if (name !== 'mapping') return;
            try {
              mapping = parseMapping(value);
            } catch (error) {
              reject(error);
            }
          });
          form.on('file', (name, stream, info) => {
            if (name !== 'file' || gotFile) {
              stream.resume();
              return;
            }
            gotFile = true;
            this.uploads
              .accept({
                user,
                electionId: election,
                fileName: fileName ?? info.filename ?? null,
                mapping: () => mapping,
                ...options,
                body: stream,
              })
              .then(resolve, reject);
          });
          form.on('close', () => {
            if (!gotFile)
              reject(new ImportRefusal(400, 'BAD_USER_INPUT', 'The form has no field named file.'));
          });
          form.on('error', reject);
          request.pipe(form);
        });
      } else {
        if (type !== '' && !CSV_TYPES.has(type)) {
          throw new ImportRefusal(
            415,
            'NOT_CSV',
            `Send the file as text/csv or multipart/form-data, not ${type}.`,
          );
        }
        accepted = await this.uploads.accept({
          user,
          electionId: election,
          fileName: fileName ?? null,
          mapping: () => mapping,
          ...options,
          body: request as Readable,
        });
      }
      response.status(202).json({ id: accepted.id });
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
      response
        .status(error.status)
        .set('Connection', 'close')
        .json({ code: error.code, message: error.message });
      // Read and drop what the client still sends, so it sees the answer rather than a reset.
      request.unpipe();
      request.resume();
    }
  }

  private async election(user: User, electionId: string | undefined): Promise<string> {
    if (electionId) {
      const election = await this.elections.findFor(user, electionId).catch(() => null);
      if (!election)
        throw new ImportRefusal(
          400,
          'BAD_USER_INPUT',
          `electionId: election ${electionId} does not exist (or has none of your regions).`,
        );
      return election.id;
    }
    const [newest] = await this.elections.listFor(user);
    if (!newest)
      throw new ImportRefusal(
        400,
        'BAD_USER_INPUT',
        'electionId: there is no election to import into.',
      );
    return newest.id;
  }

  /** Every rejected row: line, reason, then the row's columns as the file had them. */
  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Get(':id/errors.csv')
  async errors(
    @CurrentUser() user: User,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const memberImport = await this.imports.getFor(user, id);
    await this.audit.record({
      user,
      action: AuditAction.DOWNLOAD_IMPORT_ERRORS,
      subjectType: 'MemberImport',
      subjectId: memberImport.id,
      details: { rowsRejected: memberImport.rowsRejected },
    });
    response.status(200);
    response.set('Content-Type', 'text/csv; charset=utf-8');
    response.set(
      'Content-Disposition',
      `attachment; filename="import-${memberImport.id.slice(0, 8)}-errors.csv"`,
    );
    response.set('X-Row-Count', String(memberImport.rowsRejected));
    const write = (text: string) =>
      response.write(text)
        ? Promise.resolve()
        : new Promise((done) => response.once('drain', done));
    await write(errorReportHeader(memberImport.header));
    for await (const page of this.imports.errorPages(memberImport.id)) {
      await write(errorReportLines(page));
    }
    response.end();
  }
}

/** An on/off query parameter: absent, 0/false or 1/true. */
function parseFlag(name: string, text: string | undefined): boolean {
  if (text === undefined || text === '' || text === '0' || text === 'false') return false;
  if (text === '1' || text === 'true') return true;
  throw new ImportRefusal(400, 'BAD_USER_INPUT', `${name}: must be 1 or 0, not '${text}'.`);
}

function parseMapping(text: string | undefined): ColumnMapping {
  if (text === undefined || text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ImportRefusal(
      400,
      'BAD_USER_INPUT',
      'mapping: must be JSON, e.g. {"phone":"Mobile No"}.',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ImportRefusal(
      400,
      'BAD_USER_INPUT',
      'mapping: must be a JSON object of column → header.',
    );
  for (const [key, value] of Object.entries(parsed)) {
    if (!isMemberColumnName(key) || typeof value !== 'string')
      throw new ImportRefusal(
        400,
        'BAD_USER_INPUT',
        `mapping: '${key}' is not a member column, or its header is not text.`,
      );
  }
  return parsed as ColumnMapping;
}
