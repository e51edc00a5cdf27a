import { Module } from '@nestjs/common';

import { ElectionsModule } from '../elections/elections.module';
import { ImportsController } from './imports.controller';
import { MemberImportsResolver } from './member-imports.resolver';
import { RegionPostcodeAreasResolver } from './region-postcode-areas.resolver';
import { ImportJobService } from './services/import-job.service';
import { ImportUploadService } from './services/import-upload.service';
import { MemberImportsService } from './services/member-imports.service';

@Module({
  imports: [ElectionsModule],
  controllers: [ImportsController],
  providers: [
    ImportUploadService,
    ImportJobService,
    MemberImportsService,
    MemberImportsResolver,
    RegionPostcodeAreasResolver,
  ],
})
export class ImportsModule {}
