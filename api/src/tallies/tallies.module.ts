import { Module } from '@nestjs/common';

import { ElectionsModule } from '../elections/elections.module';
import { TalliesResolver } from './tallies.resolver';
import { TalliesService } from './tallies.service';

@Module({
  imports: [ElectionsModule],
  providers: [TalliesService, TalliesResolver],
  exports: [TalliesService],
})
export class TalliesModule {}
