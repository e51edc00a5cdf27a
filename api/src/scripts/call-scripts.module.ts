import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CallListsModule } from '../call-lists/call-lists.module';
import { Election } from '../elections/election.entity';
import { Region } from '../elections/region.entity';
import { CallScript } from './call-script.entity';
import { CallScriptVersion } from './call-script-version.entity';
import { CallScriptsResolver } from './call-scripts.resolver';
import { CallScriptsService } from './services/call-scripts.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([CallScript, CallScriptVersion, Region, Election]),
    CallListsModule,
  ],
  providers: [CallScriptsService, CallScriptsResolver],
  exports: [CallScriptsService],
})
export class CallScriptsModule {}
