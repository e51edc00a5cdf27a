import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPostcodeArea, Role } from '@phonebank/domain';
import { DataSource, In } from 'typeorm';

import { AppException } from '../../common/errors/app.exception';
import { Region } from '../../elections/region.entity';
import { RegionPostcodeArea } from '../../elections/region-postcode-area.entity';
import { User } from '../../users/user.entity';
import { MemberImport } from '../member-import.entity';
import { MemberImportError } from '../member-import-error.entity';

/** Reading imports (a coordinator sees the imports they made; an admin all) and postcode areas. */
@Injectable()
export class MemberImportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get imports() {
    return this.dataSource.getRepository(MemberImport);
  }

  async findFor(user: User, id: string): Promise<MemberImport | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const memberImport = await this.imports.findOneBy({ id });
    if (!memberImport) return null;
    if (user.role !== Role.ADMIN && memberImport.createdById !== user.id) return null;
    return memberImport;
  }

  async getFor(user: User, id: string): Promise<MemberImport> {
    const memberImport = await this.findFor(user, id);
    if (!memberImport) throw AppException.notFound('Import', id);
    return memberImport;
  }

  listFor(user: User, electionId: string | undefined, limit: number): Promise<MemberImport[]> {
    return this.imports.find({
      where: {
        ...(electionId && { electionId }),
        ...(user.role !== Role.ADMIN && { createdById: user.id }),
      },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  async creator(memberImport: MemberImport): Promise<User | null> {
    if (!memberImport.createdById) return null;
    return this.dataSource
      .getRepository(User)
      .findOne({ where: { id: memberImport.createdById }, relations: { regions: true } });
  }

  errors(importId: string, limit: number): Promise<MemberImportError[]> {
    return this.dataSource
      .getRepository(MemberImportError)
      .find({ where: { importId }, order: { line: 'ASC' }, take: limit });
  }

  /** The rejected rows in line order, a page at a time (keyset), for the error report. */
  async *errorPages(importId: string, size = 5000): AsyncGenerator<MemberImportError[]> {
    let after = -1;
    for (;;) {
      const page: MemberImportError[] = await this.dataSource.query(
        'SELECT line, message, raw FROM member_import_error WHERE import_id = $1 AND line > $2 ORDER BY line LIMIT $3',
        [importId, after, size],
      );
      if (page.length === 0) return;
      yield page;
      after = page[page.length - 1].line;
      if (page.length < size) return;
    }
  }

  async postcodeAreas(regionId: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(RegionPostcodeArea)
      .find({ where: { regionId }, order: { area: 'ASC' } });
    return rows.map((row) => row.area);
  }

  /** Gives the region exactly these areas; an area another region of the election had moves here. */
  async setPostcodeAreas(regionId: string, areas: string[]): Promise<Region> {
    const region = await this.dataSource.getRepository(Region).findOneBy({ id: regionId });
    if (!region) throw AppException.notFound('Region', regionId);
    if (areas.length > 200) throw AppException.badInput('areas', 'at most 200 areas.');
    const wanted = [...new Set(areas.map((area) => area.trim().toUpperCase()))];
    const bad = wanted.filter((area) => !isPostcodeArea(area));
    if (bad.length > 0)
      throw AppException.badInput(
        'areas',
        `areas must be postcode areas of one or two letters (not ${bad.map((a) => `'${a}'`).join(', ')}).`,
      );
    await this.dataSource.transaction(async (manager) => {
      const table = manager.getRepository(RegionPostcodeArea);
      await table.delete({ regionId });
      if (wanted.length > 0) {
        await table.delete({ electionId: region.electionId, area: In(wanted) });
        await table.insert(
          wanted.map((area) => ({ electionId: region.electionId, area, regionId })),
        );
      }
    });
    return this.dataSource.getRepository(Region).findOneOrFail({
      where: { id: regionId },
      relations: { candidates: { slate: true } },
    });
  }
}
