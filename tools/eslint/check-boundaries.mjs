// Proves the lint rules that guard the architecture really bite: each case is code that
// must be refused, linted as if it sat at `filePath`. Run by `npm test`.
import { execFileSync } from 'node:child_process';

import { ESLint } from 'eslint';

const cases = [
  {
    name: 'the web client may not import the API',
    filePath: 'web/src/modules/auth/boundary-probe.ts',
    code: "import { AuthService } from '../../../../api/src/auth/services/auth.service';\nexport const probe = AuthService;\n",
    rule: '@nx/enforce-module-boundaries',
  },
  {
    name: 'a shared package may not import the API',
    filePath: 'packages/domain/src/boundary-probe.ts',
    code: "import { AppModule } from '../../../api/src/app.module';\nexport const probe = AppModule;\n",
    rule: '@nx/enforce-module-boundaries',
  },
  {
    name: 'a shared package may not import a framework',
    filePath: 'packages/domain/src/boundary-probe.ts',
    code: "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'a resolver operation must say who may call it',
    filePath: 'api/src/users/boundary-probe.resolver.ts',
    code: "import { Query, Resolver } from '@nestjs/graphql';\n@Resolver()\nexport class ProbeResolver {\n  @Query(() => String)\n  secret(): string {\n    return 'x';\n  }\n}\n",
    rule: 'phonebank/guarded-resolvers',
  },
];

// Nx's boundary rule reads the cached project graph and silently skips itself without one
// (a fresh clone has none): compute it first.
execFileSync('npx', ['nx', 'show', 'projects'], {
  stdio: 'ignore',
  env: { ...process.env, NX_DAEMON: 'false' },
});

const eslint = new ESLint();
let failed = 0;
for (const probe of cases) {
  const [result] = await eslint.lintText(probe.code, { filePath: probe.filePath });
  const refused = result.messages.some((message) => message.ruleId === probe.rule);
  console.log(`${refused ? 'ok  ' : 'FAIL'} ${probe.name} (${probe.rule})`);
  if (!refused) failed += 1;
}
console.log(`${cases.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
