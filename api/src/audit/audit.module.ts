import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Region } from '../elections/region.entity';
import { AuditLog } from './audit-log.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Global: every feature that touches personal data records it here. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditLog, Region])],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
