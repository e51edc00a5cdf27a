import { ConfigurationError, loadConfig } from './app-config';

describe('configuration', () => {
  it('starts with defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/phonebank');
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.embeddedPostgres.dataDir).toBe('/srv/phonebank/.data');
    expect(config.demoData).toBe(false);
  });

  it('names a port that is not a number', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT: .*\(got 'abc'\)/);
  });

  it('names a database URL that is not PostgreSQL, without echoing it', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://root:secret@db/phonebank' });
      throw new Error('expected a configuration error');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain(
        'DATABASE_URL: must be a postgres:// or postgresql:// URL',
      );
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('refuses an ADMIN_PASSWORD anyone would guess, without printing it', () => {
    const attempt = () =>
      loadConfig({ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'password1234' });
    expect(attempt).toThrow(/ADMIN_PASSWORD: is one of the commonest passwords/);
    expect(attempt).not.toThrow(/password1234'/);
    expect(
      loadConfig({ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'phonebank-admin' })
        .firstAdmin,
    ).toEqual({ email: 'admin@example.org', password: 'phonebank-admin' });
  });

  it('closes GraphQL introspection in production unless GRAPHQL_INTROSPECTION=1', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphqlIntrospection).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: '1' }).graphqlIntrospection,
    ).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', GRAPHQL_INTROSPECTION: '0' }).graphqlIntrospection).toBe(
      false,
    );
  });

  it('refuses an admin email without a password', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'admin@example.org' })).toThrow(
      /ADMIN_PASSWORD: .*set both or neither/,
    );
  });

  it('keeps 4 connections for claims unless DATABASE_CLAIM_POOL_SIZE says otherwise', () => {
    expect(loadConfig({}).database.claimPoolSize).toBe(4);
    expect(loadConfig({ DATABASE_CLAIM_POOL_SIZE: '8' }).database.claimPoolSize).toBe(8);
    expect(() => loadConfig({ DATABASE_CLAIM_POOL_SIZE: '0' })).toThrow(
      /DATABASE_CLAIM_POOL_SIZE: .*\(got '0'\)/,
    );
  });

  it('limits imports to 200 MiB unless IMPORT_MAX_BYTES says otherwise', () => {
    expect(loadConfig({}).importMaxBytes).toBe(200 * 1024 * 1024);
    expect(loadConfig({ IMPORT_MAX_BYTES: '5000' }).importMaxBytes).toBe(5000);
    expect(() => loadConfig({ IMPORT_MAX_BYTES: 'lots' })).toThrow(/IMPORT_MAX_BYTES/);
  });

  it('refuses DEMO_DATA other than 0 or 1', () => {
    expect(() => loadConfig({ DEMO_DATA: 'yes' })).toThrow(/DEMO_DATA/);
  });
});
