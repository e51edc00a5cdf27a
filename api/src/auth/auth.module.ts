import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AccessGuard } from './guards/access.guard';
import { LoginAttempt } from './login-attempt.entity';
import { PasswordModule } from './password.module';
import { SessionCacheModule } from './session-cache.module';
import { AuthService } from './services/auth.service';
import { LoginThrottleService } from './services/login-throttle.service';
import { SessionService } from './services/session.service';
import { Session } from './session.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Session, LoginAttempt]),
    UsersModule,
    PasswordModule,
    SessionCacheModule,
  ],
  providers: [
    AuthService,
    AuthResolver,
    SessionService,
    LoginThrottleService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionService],
})
export class AuthModule {}
