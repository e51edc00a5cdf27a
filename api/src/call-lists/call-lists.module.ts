import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Region } from '../elections/region.entity';
import { User } from '../users/user.entity';
import { CallList } from './call-list.entity';
import { CallListVolunteer } from './call-list-volunteer.entity';
import { CallListVolunteersResolver } from './call-list-volunteers.resolver';
import { CallListsResolver } from './call-lists.resolver';
import { CallQueueEntry } from './call-queue-entry.entity';
import { CallListProgressService } from './services/call-list-progress.service';
import { CallListVolunteersService } from './services/call-list-volunteers.service';
import { CallListsService } from './services/call-lists.service';

@Module({
  imports: [TypeOrmModule.forFeature([CallList, CallListVolunteer, CallQueueEntry, Region, User])],
  providers: [
    CallListsService,
    CallListProgressService,
    CallListVolunteersService,
    CallListsResolver,
    CallListVolunteersResolver,
  ],
  exports: [CallListsService, CallListVolunteersService],
})
export class CallListsModule {}
