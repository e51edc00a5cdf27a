import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

import { parse } from 'yaml';

import { startTestApp } from '../../test/test-app';

// The files `docker compose -f docker/compose.yml up` runs, as a deployment reads them.
const DOCKER = resolve(__dirname, '../../../docker');
const compose = parse(readFileSync(resolve(DOCKER, 'compose.yml'), 'utf8')) as ComposeFile;
const nginxConf = readFileSync(resolve(DOCKER, 'nginx.conf'), 'utf8');
const dockerfile = readFileSync(resolve(DOCKER, 'Dockerfile'), 'utf8');

interface ComposeService {
  image?: string;
  restart?: string;
  deploy?: { replicas?: string | number };
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

/** A `${NAME:-default}` value as compose reads it with NAME unset. */
const withDefaults = (value: string | number | undefined) =>
  String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

/** The directives of nginx.conf, comments dropped, one per statement ("name arg arg"). */
const nginxDirectives = nginxConf
  .replace(/#.*$/gm, '')
  .split(/[;{}]/)
  .map((statement) => statement.trim().replace(/\s+/g, ' '))
  .filter(Boolean);

/** Runs a health check's script as Docker would in the container, against `port`. */
async function healthCheck(script: string, port: number): Promise<number> {
  const run = promisify(execFile)(process.execPath, ['-e', script], {
    env: { PATH: process.env.PATH, PORT: String(port) },
    timeout: 10_000,
  });
  return run.then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
}

const available = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

describe('the Docker deployment', () => {
  const { app, postgres, balancer } = compose.services;

  it('runs several app replicas that come back when they exit, on one PostgreSQL', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'balancer', 'postgres']);
    expect(Number(withDefaults(app.deploy?.replicas))).toBeGreaterThanOrEqual(2);
    for (const service of [app, postgres, balancer]) expect(service.restart).toBe('unless-stopped');
    expect(app.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(postgres.healthcheck?.test.join(' ')).toContain('pg_isready');
    // Replicas publish no port of their own: every request goes through the balancer.
    expect(app.ports).toBeUndefined();
    expect(balancer.depends_on).toEqual({ app: { condition: 'service_healthy' } });
    expect(balancer.image).toMatch(/^nginx:/);
    expect(balancer.volumes).toContain('./nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(balancer.ports?.map(withDefaults)).toEqual(['3000:80']);
    expect(balancer.healthcheck?.test.join(' ')).toContain('/health');
  });

  it('balances HTTP and the /graphql WebSockets over every replica of the app service', () => {
    expect(nginxDirectives).toContain('listen 80');
    // The service's name, re-resolved: Docker answers it with every replica's address.
    expect(nginxDirectives).toContain('resolver 127.0.0.11 valid=10s ipv6=off');
    expect(nginxDirectives).toContain('set $phonebank_replicas app:3000');
    expect(nginxDirectives).toContain('proxy_pass http://$phonebank_replicas');
    // A WebSocket upgrade needs HTTP/1.1 and the hop-by-hop headers passed on.
    expect(nginxDirectives).toEqual(
      expect.arrayContaining([
        'proxy_http_version 1.1',
        'proxy_set_header Upgrade $http_upgrade',
        'proxy_set_header Connection $connection_upgrade',
        'map $http_upgrade $connection_upgrade',
        'default upgrade',
        'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for',
        'proxy_set_header X-Forwarded-Proto $forwarded_proto',
        "'' $scheme",
      ]),
    );
    // The app believes the one proxy in front of it.
    expect(
      withDefaults((app as { environment?: Record<string, string> }).environment?.TRUST_PROXY),
    ).toBe('1');
  });

  it("passes the image's and the compose file's health checks while /health answers, and fails them after", async () => {
    const imageCheck = /HEALTHCHECK [^\n]*\\\n\s*CMD node -e "([^"]+)"/.exec(dockerfile)?.[1];
    const [kind, node, flag, composeCheck] = app.healthcheck?.test ?? [];
    expect([kind, node, flag]).toEqual(['CMD', 'node', '-e']);
    expect(imageCheck).toContain('/health');
    const testApp = await startTestApp();
    const port = Number(new URL(testApp.baseUrl).port);
    // The compose file's check runs in the container, where the app listens on 3000.
    const composeCheckHere = composeCheck.replace(':3000/', `:${port}/`);
    try {
      expect(await healthCheck(imageCheck as string, port)).toBe(0);
      expect(await healthCheck(composeCheckHere, port)).toBe(0);
    } finally {
      await testApp.close();
    }
    expect(await healthCheck(imageCheck as string, port)).toBe(1);
    expect(await healthCheck(composeCheckHere, port)).toBe(1);
  });

  // CI may have neither tool; the tests above check what the files say without them.
  it('has a compose file that compose accepts and an nginx config that nginx accepts, where they are installed', () => {
    const composeCommand = available('docker', ['compose', 'version'])
      ? ['docker', 'compose']
      : available('docker-compose', ['version'])
        ? ['docker-compose']
        : undefined;
    if (composeCommand) {
      const [command, ...args] = composeCommand;
      const config = spawnSync(command, [...args, '-f', resolve(DOCKER, 'compose.yml'), 'config'], {
        env: { PATH: process.env.PATH, POSTGRES_PASSWORD: 'checked-only' },
        encoding: 'utf8',
      });
      expect({ status: config.status, stderr: config.stderr }).toEqual({ status: 0, stderr: '' });
      expect(config.stdout).toContain('replicas: 3');
    }
    if (available('nginx', ['-v'])) {
      const check = spawnSync(
        'nginx',
        [
          '-t',
          '-c',
          resolve(DOCKER, 'nginx.conf'),
          '-g',
          `pid ${resolve('/tmp', `nginx-check-${process.pid}.pid`)};`,
        ],
        { encoding: 'utf8' },
      );
      expect({ status: check.status, stderr: check.stderr }).toMatchObject({
        status: 0,
        stderr: expect.stringContaining('test is successful'),
      });
    }
  });
});
