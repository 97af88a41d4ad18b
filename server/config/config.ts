// The one configuration: defaults, then environment, then validation, then frozen.

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** How actorgraph reaches Neo4j: its own local runtime, or a server the user names. */
export interface Neo4jConfig {
  /** `local` when NEO4J_URI is unset: the project starts its own embedded Neo4j. */
  mode: 'local' | 'external';
  uri: string;
  user: string;
  password: string;
  database: string;
  /** The local runtime's Bolt port and data folder (used in `local` mode only). */
  localPort: number;
  localDataDir: string;
  /** Java heap for the local runtime, e.g. `2g`. */
  localHeap: string;
}

/** How large a data file and its fields may be: files over these are refused before they are parsed. */
export interface DataFileLimits {
  /** Bytes per file, checked before the file is read (DATA_MAX_FILE_BYTES). */
  maxFileBytes: number;
  /** Characters per text field: summary, quote, description, note, title, url (DATA_MAX_TEXT_CHARS). */
  maxTextChars: number;
  /** Characters per name field: ids, names, aliases, authors, publisher (DATA_MAX_NAME_CHARS). */
  maxNameChars: number;
}

/** 16 MiB holds a registry of 150,000 actors; 20,000 characters are several pages of text. */
export const DEFAULT_DATA_FILE_LIMITS: Readonly<DataFileLimits> = Object.freeze({
  maxFileBytes: 16 * 1024 * 1024,
  maxTextChars: 20_000,
  maxNameChars: 300,
});

export interface Config {
  neo4j: Neo4jConfig;
  http: {
    host: string;
    /** 0 lets the system pick a free port. */
    port: number;
    corsOrigins: string[];
    /** On SIGTERM/SIGINT, how long requests already being served may take to finish before they are cut. */
    shutdownGraceMs: number;
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  dataFiles: DataFileLimits;
  /** Whether the API may write the data files (curation in the browser), and the setting that decided it. */
  curation: { setting: CurationSetting; enabled: boolean };
}

export const CURATION_SETTINGS = ['on', 'off', 'auto'] as const;
export type CurationSetting = (typeof CURATION_SETTINGS)[number];

type Env = Record<string, string | undefined>;

const URI_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const MAX_SHUTDOWN_GRACE_SECONDS = 600;

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

function readPort(env: Env, name: string, fallback: number, lowest = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < lowest || port > 65535) {
    throw new ConfigError(
      `${name}="${raw}" is not a TCP port: expected a whole number from ${lowest} to 65535`,
    );
  }
  return port;
}

function readShutdownGraceMs(env: Env): number {
  const raw = env.SHUTDOWN_GRACE_SECONDS?.trim();
  if (!raw) return 10_000;
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw) || seconds > MAX_SHUTDOWN_GRACE_SECONDS) {
    throw new ConfigError(
      `SHUTDOWN_GRACE_SECONDS="${raw}" is not a grace period: expected whole seconds from 0 to ${MAX_SHUTDOWN_GRACE_SECONDS}`,
    );
  }
  return seconds * 1000;
}

function readUri(env: Env): string | undefined {
  const raw = env.NEO4J_URI?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(
      `NEO4J_URI="${raw}" is not a URI: expected e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io`,
    );
  }
  if (!URI_SCHEMES.includes(parsed.protocol)) {
    throw new ConfigError(
      `NEO4J_URI="${raw}" has scheme "${parsed.protocol}": expected one of ${URI_SCHEMES.map((s) => s + '//').join(', ')}`,
    );
  }
  return raw;
}

function readDatabase(env: Env): string {
  const name = env.NEO4J_DATABASE?.trim() || 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(name)) {
    throw new ConfigError(
      `NEO4J_DATABASE="${name}" is not a database name: expected 3 to 63 letters, digits, dots or dashes, starting with a letter`,
    );
  }
  return name;
}

function readHeap(env: Env): string {
  const heap = env.NEO4J_LOCAL_HEAP?.trim() || '2g';
  if (!/^\d+[mMgG]$/.test(heap)) {
    throw new ConfigError(`NEO4J_LOCAL_HEAP="${heap}" is not a heap size: expected e.g. 512m or 2g`);
  }
  return heap;
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A positive whole number, for sizes optionally followed by k, m or g (binary units, e.g. 16m). */
function readLimit(env: Env, name: string, fallback: number, unit: 'bytes' | 'characters'): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const match = unit === 'bytes' ? /^(\d+)([kmg]?)$/i.exec(raw) : /^(\d+)()$/.exec(raw);
  const limit = match ? Number(match[1]) * (SIZE_UNITS[(match[2] ?? '').toLowerCase()] ?? 1) : NaN;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    const example = unit === 'bytes' ? 'e.g. 16777216 or 16m' : `e.g. ${fallback}`;
    throw new ConfigError(
      `${name}="${raw}" is not a limit: expected a whole number of ${unit} from 1, ${example}`,
    );
  }
  return limit;
}

function readLogLevel(env: Env): Config['logLevel'] {
  const level = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(level)) {
    throw new ConfigError(
      `LOG_LEVEL="${level}" is not a log level: expected one of ${LOG_LEVELS.join(', ')}`,
    );
  }
  return level;
}

function readCurationSetting(env: Env): CurationSetting {
  const setting = (env.CURATION?.trim().toLowerCase() || 'auto') as CurationSetting;
  if (!CURATION_SETTINGS.includes(setting)) {
    throw new ConfigError(
      `CURATION="${env.CURATION}" is not a curation setting: expected one of ${CURATION_SETTINGS.join(', ')}`,
    );
  }
  return setting;
}

/**
 * `auto` writes only for the local default: a server on loopback over the project's own Neo4j. Listening beyond
 * loopback or pointing at a Neo4j of one's own needs CURATION=on, so a shared server is read-only unless asked.
 */
function curationEnabled(setting: CurationSetting, host: string, neo4jMode: Neo4jConfig['mode']): boolean {
  if (setting !== 'auto') return setting === 'on';
  return LOOPBACK_HOSTS.includes(host) && neo4jMode === 'local';
}

/** Reads and validates the configuration from an environment; throws a ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): Readonly<Config> {
  const uri = readUri(env);
  const localPort = readPort(env, 'NEO4J_LOCAL_PORT', 7687);
  const config: Config = {
    neo4j: {
      mode: uri ? 'external' : 'local',
      uri: uri ?? `bolt://127.0.0.1:${localPort}`,
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: readDatabase(env),
      localPort,
      localDataDir: env.NEO4J_LOCAL_DATA?.trim() || '.neo4j',
      localHeap: readHeap(env),
    },
    http: {
      host: env.HOST?.trim() || '127.0.0.1',
      port: readPort(env, 'PORT', 3000, 0),
      corsOrigins: (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      shutdownGraceMs: readShutdownGraceMs(env),
    },
    logLevel: readLogLevel(env),
    dataFiles: {
      maxFileBytes: readLimit(env, 'DATA_MAX_FILE_BYTES', DEFAULT_DATA_FILE_LIMITS.maxFileBytes, 'bytes'),
      maxTextChars: readLimit(
        env,
        'DATA_MAX_TEXT_CHARS',
        DEFAULT_DATA_FILE_LIMITS.maxTextChars,
        'characters',
      ),
      maxNameChars: readLimit(
        env,
        'DATA_MAX_NAME_CHARS',
        DEFAULT_DATA_FILE_LIMITS.maxNameChars,
        'characters',
      ),
    },
    curation: { setting: 'auto', enabled: false },
  };
  const setting = readCurationSetting(env);
  config.curation = { setting, enabled: curationEnabled(setting, config.http.host, config.neo4j.mode) };
  return Object.freeze({
    neo4j: Object.freeze(config.neo4j),
    http: Object.freeze(config.http),
    logLevel: config.logLevel,
    dataFiles: Object.freeze(config.dataFiles),
    curation: Object.freeze(config.curation),
  });
}
