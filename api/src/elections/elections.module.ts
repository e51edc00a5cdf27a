import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { SessionCacheModule } from '../auth/session-cache.module';
import { Candidate } from './candidate.entity';
import { CandidatesResolver } from './candidates.resolver';
import { Election } from './election.entity';
import { ElectionsResolver } from './elections.resolver';
import { Region } from './region.entity';
import { RegionsResolver } from './regions.resolver';
import { CandidatesService } from './services/candidates.service';
import { ElectionsService } from './services/elections.service';
import { RegionsService } from './services/regions.service';
import { SlatesService } from './services/slates.service';
import { Slate } from './slate.entity';
import { SlatesResolver } from './slates.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([Election, Region, Slate, Candidate]), SessionCacheModule],
  providers: [
    ElectionsService,
    RegionsService,
    SlatesService,
    CandidatesService,
    ElectionsResolver,
    RegionsResolver,
    SlatesResolver,
    CandidatesResolver,
  ],
  exports: [ElectionsService, RegionsService],
})
export class ElectionsModule {}
