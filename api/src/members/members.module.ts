import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Region } from '../elections/region.entity';
import { Pledge } from '../pledges/pledge.entity';
import { Member } from './member.entity';
import { MemberRetentionResolver } from './member-retention.resolver';
import { MemberRetentionService } from './member-retention.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { SubjectAccessController } from './subject-access.controller';
import { SubjectAccessService } from './subject-access.service';

@Module({
  imports: [TypeOrmModule.forFeature([Member, Region, Pledge])],
  controllers: [SubjectAccessController],
  providers: [
    MembersService,
    MembersResolver,
    SubjectAccessService,
    MemberRetentionService,
    MemberRetentionResolver,
  ],
  exports: [MembersService],
})
export class MembersModule {}
