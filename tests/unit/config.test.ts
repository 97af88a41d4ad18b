// Configuration: defaults, each variable read, and every bad value named in the error.
import { ConfigError, loadConfig } from '../../server/config/config';

describe('configuration', () => {
  it('when nothing is set, then the local embedded Neo4j on loopback is the default', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({
      mode: 'local',
      uri: 'bolt://127.0.0.1:7687',
      database: 'neo4j',
      localDataDir: '.neo4j',
    });
    expect(config.http).toEqual({
      host: '127.0.0.1',
      port: 3000,
      corsOrigins: [],
      shutdownGraceMs: 10_000,
    });
    expect(Object.isFrozen(config) && Object.isFrozen(config.neo4j)).toBe(true);
  });

  it.each([
    ['neo4j+s://abcd.databases.neo4j.io'],
    ['neo4j://cluster.example.org:7687'],
    ['bolt://db.example.org:7687'],
  ])('when NEO4J_URI is %s, then the project uses that server', (uri) => {
    const config = loadConfig({
      NEO4J_URI: uri,
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'politics',
    });
    expect(config.neo4j).toMatchObject({
      mode: 'external',
      uri,
      user: 'reader',
      password: 'secret',
      database: 'politics',
    });
  });

  it('when the data file limits are unset or set, then the defaults or the values given are used', () => {
    expect(loadConfig({}).dataFiles).toEqual({
      maxFileBytes: 16 * 1024 * 1024,
      maxTextChars: 20_000,
      maxNameChars: 300,
    });
    const set = loadConfig({
      DATA_MAX_FILE_BYTES: '5m',
      DATA_MAX_TEXT_CHARS: '500',
      DATA_MAX_NAME_CHARS: '80',
    });
    expect(set.dataFiles).toEqual({ maxFileBytes: 5 * 1024 * 1024, maxTextChars: 500, maxNameChars: 80 });
    expect(loadConfig({ DATA_MAX_FILE_BYTES: '123456' }).dataFiles.maxFileBytes).toBe(123456);
    expect(Object.isFrozen(set.dataFiles)).toBe(true);
  });

  it('when the local port is moved, then the local URI follows it', () => {
    expect(loadConfig({ NEO4J_LOCAL_PORT: '7700' }).neo4j.uri).toBe('bolt://127.0.0.1:7700');
  });

  it('when PORT is 0, then the system is left to pick a free port', () => {
    expect(loadConfig({ PORT: '0' }).http.port).toBe(0);
  });

  it('when SHUTDOWN_GRACE_SECONDS is set, then the grace period follows it', () => {
    expect(loadConfig({ SHUTDOWN_GRACE_SECONDS: '30' }).http.shutdownGraceMs).toBe(30_000);
    expect(loadConfig({ SHUTDOWN_GRACE_SECONDS: '0' }).http.shutdownGraceMs).toBe(0);
  });

  it.each([
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI="http:\/\/localhost:7474" has scheme "http:"/],
    ['NEO4J_URI', 'not a uri', /NEO4J_URI="not a uri" is not a URI/],
    ['PORT', 'eighty', /PORT="eighty" is not a TCP port/],
    ['PORT', '70000', /PORT="70000" is not a TCP port/],
    ['NEO4J_LOCAL_PORT', '0', /NEO4J_LOCAL_PORT="0"/],
    ['NEO4J_DATABASE', 'x', /NEO4J_DATABASE="x" is not a database name/],
    ['NEO4J_LOCAL_HEAP', 'lots', /NEO4J_LOCAL_HEAP="lots"/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud" is not a log level/],
    ['PORT', '-1', /PORT="-1" is not a TCP port/],
    ['SHUTDOWN_GRACE_SECONDS', 'soon', /SHUTDOWN_GRACE_SECONDS="soon" is not a grace period/],
    ['SHUTDOWN_GRACE_SECONDS', '2.5', /SHUTDOWN_GRACE_SECONDS="2.5" is not a grace period/],
    ['SHUTDOWN_GRACE_SECONDS', '601', /SHUTDOWN_GRACE_SECONDS="601" is not a grace period/],
    [
      'DATA_MAX_FILE_BYTES',
      '5 MB',
      /DATA_MAX_FILE_BYTES="5 MB" is not a limit: expected a whole number of bytes/,
    ],
    ['DATA_MAX_FILE_BYTES', '0', /DATA_MAX_FILE_BYTES="0" is not a limit/],
    [
      'DATA_MAX_TEXT_CHARS',
      '20k',
      /DATA_MAX_TEXT_CHARS="20k" is not a limit: expected a whole number of characters/,
    ],
    ['DATA_MAX_NAME_CHARS', '-1', /DATA_MAX_NAME_CHARS="-1" is not a limit/],
    ['CURATION', 'yes', /CURATION="yes" is not a curation setting: expected one of on, off, auto/],
  ])('when %s is %s, then the start stops with a message naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it.each([
    [{}, true],
    [{ HOST: '::1' }, true],
    [{ HOST: 'localhost' }, true],
    [{ HOST: '0.0.0.0' }, false],
    [{ NEO4J_URI: 'bolt://db.example.org:7687' }, false],
    [{ HOST: '0.0.0.0', CURATION: 'on' }, true],
    [{ NEO4J_URI: 'bolt://db.example.org:7687', CURATION: 'ON' }, true],
    [{ CURATION: 'off' }, false],
  ])('when the environment is %j, then writing the data files is %s', (env, enabled) => {
    const config = loadConfig(env);
    expect(config.curation.enabled).toBe(enabled);
    expect(Object.isFrozen(config.curation)).toBe(true);
  });
});
