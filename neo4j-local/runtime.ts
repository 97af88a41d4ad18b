// Starts, stops and inspects actorgraph's own local Neo4j: embedded Neo4j 5.26 run by Java from a Maven-built classpath.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';

/** How to run the local Neo4j. */
export interface LocalNeo4jOptions {
  /** Bolt port. */
  port: number;
  /** Folder for Neo4j's data, logs, the pid file and the process log; relative paths resolve against the cwd. */
  dataDir: string;
  /** Java heap, e.g. `2g` (default `2g`). */
  heap?: string;
  /** Neo4j page cache, e.g. `512m` (default `512m`). */
  pageCache?: string;
  /** Bolt host; loopback only, since authentication is off (default `127.0.0.1`). */
  host?: string;
  /** Receives progress lines meant for the user (default: discarded). */
  log?: (line: string) => void;
  /** How long to wait for Bolt to answer after launching Java (default 180 s). */
  startTimeoutMs?: number;
  /** The `java` executable (default `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` on the PATH). */
  javaCommand?: string;
}

/** A problem the user can act on: missing Java or Maven, a failed build, a busy port, a Neo4j that did not start. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** What `<dataDir>/neo4j.pid` records about a running local Neo4j. */
interface PidRecord {
  pid: number;
  host: string;
  port: number;
  startedAt: string;
}

const MAIN_CLASS = 'actorgraph.neo4jlocal.LocalNeo4j';
const POM = path.join(__dirname, 'pom.xml');
const JAVA_SOURCE = path.join(__dirname, 'src/main/java/actorgraph/neo4jlocal/LocalNeo4j.java');
const CLASSES_DIR = path.join(__dirname, 'target', 'classes');
const COMPILED_CLASS = path.join(CLASSES_DIR, 'actorgraph/neo4jlocal/LocalNeo4j.class');
const CLASSPATH_FILE = path.join(__dirname, 'target', 'classpath.txt');
const BUILD_STAMP = path.join(__dirname, 'target', 'build.stamp');
const PID_FILE = 'neo4j.pid';
const PROCESS_LOG = 'neo4j-local.log';
const MINIMUM_JAVA = 17;
const DEFAULT_START_TIMEOUT_MS = 180_000;
const DEFAULT_STOP_GRACE_MS = 60_000;
const POLL_MS = 500;
const ALTERNATIVES =
  'Or do without the local runtime: run Neo4j with Docker (`docker compose up`), or point actorgraph at an ' +
  'existing Neo4j 5 by setting NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD).';

/**
 * Starts the local Neo4j in the background (detached: it outlives the calling process) and resolves once Bolt
 * answers a query. A second call while it runs is harmless and resolves with `alreadyRunning: true`.
 */
export async function startLocalNeo4j(
  o: LocalNeo4jOptions,
): Promise<{ uri: string; pid: number; alreadyRunning: boolean }> {
  const dataDir = path.resolve(o.dataDir);
  const host = o.host ?? '127.0.0.1';
  const heap = checkMemorySize('heap', o.heap ?? '2g');
  const pageCache = checkMemorySize('pageCache', o.pageCache ?? '512m');
  const log = o.log ?? (() => {});
  const timeoutMs = o.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  checkPort(o.port);
  checkLoopback(host);

  const running = await readLivePidRecord(dataDir);
  if (running) return joinRunning(running, o.port, timeoutMs, log);

  const java = o.javaCommand ?? defaultJavaCommand();
  await checkJava(java);
  await buildIfNeeded(log);
  await checkPortFree(host, o.port);

  await mkdir(dataDir, { recursive: true });
  const uri = boltUri(host, o.port);
  log(`Starting Neo4j on ${uri} (data and logs in ${dataDir})`);
  const { pid, exited } = await launchJava({ java, dataDir, host, port: o.port, heap, pageCache });
  await writePidRecord(dataDir, { pid, host, port: o.port, startedAt: new Date().toISOString() });

  const outcome = await waitForBolt(uri, timeoutMs, async () => !exited());
  if (outcome !== 'ready') await failStart(dataDir, pid, uri, outcome, timeoutMs);
  return { uri, pid, alreadyRunning: false };
}

/** Stops the local Neo4j (SIGTERM, then SIGKILL after a grace period) and removes its pid file; false if it was not running. */
export async function stopLocalNeo4j(o: { dataDir: string; graceMs?: number }): Promise<boolean> {
  const dataDir = path.resolve(o.dataDir);
  const record = await readPidRecord(dataDir);
  if (!record) return false;
  const wasRunning = await isLocalNeo4jProcess(record.pid);
  if (wasRunning) await terminate(record.pid, o.graceMs ?? DEFAULT_STOP_GRACE_MS);
  await removePidRecord(dataDir);
  return wasRunning;
}

/** Whether the local Neo4j of this data folder runs, and where. */
export async function localNeo4jStatus(o: {
  dataDir: string;
}): Promise<{ running: boolean; pid?: number; uri?: string }> {
  const record = await readLivePidRecord(path.resolve(o.dataDir));
  if (!record) return { running: false };
  return { running: true, pid: record.pid, uri: boltUri(record.host, record.port) };
}

// ---- starting ----

/** The instance named by the pid file already runs: wait until it answers (it may still be starting). */
async function joinRunning(
  record: PidRecord,
  requestedPort: number,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<{ uri: string; pid: number; alreadyRunning: boolean }> {
  const uri = boltUri(record.host, record.port);
  if (record.port !== requestedPort) {
    log(
      `The local Neo4j already runs on port ${record.port} (not ${requestedPort}); stop it first to change ports.`,
    );
  }
  const outcome = await waitForBolt(uri, timeoutMs, () => isLocalNeo4jProcess(record.pid));
  if (outcome !== 'ready') {
    throw new LocalNeo4jError(
      `The local Neo4j (pid ${record.pid}) ${outcome === 'exited' ? 'exited' : 'runs but does not answer'} on ${uri}. ` +
        'Stop it with `npm run db:stop` and start it again.',
    );
  }
  return { uri, pid: record.pid, alreadyRunning: true };
}

interface Launch {
  java: string;
  dataDir: string;
  host: string;
  port: number;
  heap: string;
  pageCache: string;
}

/** Spawns the detached Java process with its output in `<dataDir>/neo4j-local.log`. */
async function launchJava(launch: Launch): Promise<{ pid: number; exited: () => boolean }> {
  const { java, dataDir, host, port, heap, pageCache } = launch;
  const classpath = [CLASSES_DIR, ...(await readClasspath())].join(path.delimiter);
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    // Neo4j's own launcher opens these so that the page cache and transaction logs can use direct I/O.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath,
    MAIN_CLASS,
    `--home=${dataDir}`,
    `--host=${host}`,
    `--port=${port}`,
    `--page-cache=${pageCache}`,
  ];
  const out = openSync(path.join(dataDir, PROCESS_LOG), 'w');
  try {
    const child = spawn(java, args, {
      cwd: dataDir,
      detached: true,
      stdio: ['ignore', out, out],
      windowsHide: true,
    });
    let hasExited = false;
    child.on('exit', () => (hasExited = true));
    child.on('error', () => (hasExited = true));
    child.unref();
    if (child.pid === undefined) throw new LocalNeo4jError(`Could not start ${java}. ${ALTERNATIVES}`);
    return { pid: child.pid, exited: () => hasExited };
  } finally {
    closeSync(out);
  }
}

/** Cleans up after a start that failed and throws with the end of the process log. */
async function failStart(
  dataDir: string,
  pid: number,
  uri: string,
  outcome: 'exited' | 'timeout',
  timeoutMs: number,
): Promise<never> {
  if (outcome === 'timeout') await terminate(pid, 10_000);
  await removePidRecord(dataDir);
  const logFile = path.join(dataDir, PROCESS_LOG);
  const what =
    outcome === 'exited'
      ? 'The local Neo4j exited before it was ready'
      : `The local Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s and was stopped`;
  throw new LocalNeo4jError(
    `${what}. See ${logFile} and ${path.join(dataDir, 'logs', 'debug.log')}; the process log ends with:\n` +
      (await tail(logFile, 30)),
  );
}

/** Polls Bolt with a real query until it answers, the process is gone, or time runs out. */
async function waitForBolt(
  uri: string,
  timeoutMs: number,
  isAlive: () => Promise<boolean>,
): Promise<'ready' | 'exited' | 'timeout'> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!(await isAlive())) return 'exited';
    if (await boltAnswers(uri)) return 'ready';
    if (Date.now() >= deadline) return 'timeout';
    await sleep(POLL_MS);
  }
}

/** True when `RETURN 1` succeeds on the default database (authentication is off on the local runtime). */
async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 3_000,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
  });
  try {
    const session = driver.session();
    try {
      await session.run('RETURN 1');
      return true;
    } finally {
      await session.close();
    }
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

// ---- stopping ----

/** SIGTERM, wait up to `graceMs` for a clean shutdown, then SIGKILL. */
async function terminate(pid: number, graceMs: number): Promise<void> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs)) return;
  signal(pid, 'SIGKILL');
  if (!(await waitForExit(pid, 10_000))) {
    throw new LocalNeo4jError(`The local Neo4j (pid ${pid}) did not stop, even after SIGKILL.`);
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if (errorCode(error) !== 'ESRCH') throw error;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (await isLocalNeo4jProcess(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(200);
  }
  return true;
}

// ---- the pid file ----

async function readPidRecord(dataDir: string): Promise<PidRecord | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, PID_FILE), 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isPidRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The pid file's record if its process runs; a stale pid file is removed. */
async function readLivePidRecord(dataDir: string): Promise<PidRecord | undefined> {
  const record = await readPidRecord(dataDir);
  if (record && (await isLocalNeo4jProcess(record.pid))) return record;
  await removePidRecord(dataDir);
  return undefined;
}

function isPidRecord(value: unknown): value is PidRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    Number.isInteger(record.pid) &&
    (record.pid as number) > 0 &&
    Number.isInteger(record.port) &&
    typeof record.host === 'string'
  );
}

async function writePidRecord(dataDir: string, record: PidRecord): Promise<void> {
  await writeFile(path.join(dataDir, PID_FILE), JSON.stringify(record) + '\n');
}

async function removePidRecord(dataDir: string): Promise<void> {
  await rm(path.join(dataDir, PID_FILE), { force: true });
}

/** The process exists, is not a zombie and (where /proc tells) runs our main class, so a reused pid is not ours. */
async function isLocalNeo4jProcess(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (errorCode(error) !== 'EPERM') return false;
  }
  try {
    const [cmdline, procStat] = await Promise.all([
      readFile(`/proc/${pid}/cmdline`, 'utf8'),
      readFile(`/proc/${pid}/stat`, 'utf8'),
    ]);
    const state = procStat.slice(procStat.lastIndexOf(')') + 2, procStat.lastIndexOf(')') + 3);
    return cmdline.includes(MAIN_CLASS) && state !== 'Z';
  } catch {
    return process.platform !== 'linux'; // no /proc: trust the signal check
  }
}

// ---- preconditions ----

function checkPort(port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalNeo4jError(`Port ${port} is not a TCP port: expected a whole number from 1 to 65535.`);
  }
}

function checkMemorySize(name: string, value: string): string {
  if (!/^\d+[kmg]$/i.test(value)) {
    throw new LocalNeo4jError(`${name} "${value}" is not a memory size: expected e.g. 512m or 2g.`);
  }
  return value;
}

/** Authentication is off, so the database must only be reachable from this machine. */
function checkLoopback(host: string): void {
  if (host !== 'localhost' && host !== '::1' && !/^127\.\d+\.\d+\.\d+$/.test(host)) {
    throw new LocalNeo4jError(
      `The local Neo4j runs without authentication and only listens on loopback; host "${host}" is not a loopback address.`,
    );
  }
}

async function checkPortFree(host: string, port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => (errorCode(error) === 'EADDRINUSE' ? resolve(false) : reject(error)));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen({ host, port, exclusive: true });
  });
  if (!free) {
    throw new LocalNeo4jError(
      `Port ${port} on ${host} is already in use by another program. Stop that program, or give the local Neo4j ` +
        `another port with NEO4J_LOCAL_PORT (e.g. NEO4J_LOCAL_PORT=${port === 7687 ? 7690 : port + 1}). ` +
        `If a Neo4j already listens there, use it by setting NEO4J_URI=${boltUri(host, port)}.`,
    );
  }
}

function defaultJavaCommand(): string {
  const javaHome = process.env.JAVA_HOME?.trim();
  const executable = process.platform === 'win32' ? 'java.exe' : 'java';
  return javaHome ? path.join(javaHome, 'bin', executable) : executable;
}

/** Throws unless `java -version` reports Java 17 or newer. */
async function checkJava(java: string): Promise<void> {
  const install =
    `Install a Java ${MINIMUM_JAVA} or 21 JDK (e.g. Eclipse Temurin, or apt install openjdk-17-jdk-headless) ` +
    'and put it on the PATH or set JAVA_HOME.';
  const result = await run(java, ['-version']);
  if (result.failure !== undefined || result.code !== 0) {
    const why = result.failure ?? `exit code ${result.code}`;
    throw new LocalNeo4jError(
      `The local Neo4j needs Java ${MINIMUM_JAVA} or newer, but "${java}" could not be run (${why}). ${install} ${ALTERNATIVES}`,
    );
  }
  const major = parseJavaMajorVersion(result.output);
  if (major === undefined || major < MINIMUM_JAVA) {
    throw new LocalNeo4jError(
      `The local Neo4j needs Java ${MINIMUM_JAVA} or newer, but "${java}" is Java ${major ?? '(unknown version)'}. ` +
        `${install} ${ALTERNATIVES}`,
    );
  }
}

/** The major version from `java -version` output: `"1.8.0_292"` is 8, `"17.0.15"` is 17, `"21"` is 21. */
export function parseJavaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

// ---- building ----

/** Builds the Java class and Neo4j's classpath with Maven unless the last build is newer than pom and source. */
async function buildIfNeeded(log: (line: string) => void): Promise<void> {
  if (await isBuildFresh()) return;
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  const version = await run(mvn, ['-v']);
  if (version.failure !== undefined || version.code !== 0) {
    throw new LocalNeo4jError(
      'The local Neo4j is built with Maven, which was not found ("mvn" is not on the PATH). ' +
        `Install Apache Maven 3.8 or newer (e.g. apt install maven). ${ALTERNATIVES}`,
    );
  }
  log(
    'Building the local Neo4j runtime with Maven (the first time it downloads Neo4j 5.26, which takes a minute or more)…',
  );
  const args = [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    POM,
    'compile',
    'dependency:build-classpath',
    `-Dmdep.outputFile=${CLASSPATH_FILE}`,
  ];
  const result = await run(mvn, args, __dirname);
  if (result.failure !== undefined || result.code !== 0) {
    throw new LocalNeo4jError(
      `Maven could not build the local Neo4j runtime (mvn ${args.join(' ')}). Maven's output ends with:\n` +
        lastLines(result.output, 40),
    );
  }
  // Maven may leave unchanged outputs untouched, so their times say nothing: a stamp records the successful build.
  await writeFile(BUILD_STAMP, new Date().toISOString() + '\n');
}

async function isBuildFresh(): Promise<boolean> {
  const [pom, source, stamp] = await Promise.all([POM, JAVA_SOURCE, BUILD_STAMP].map(modifiedAt));
  if (stamp === undefined || stamp < Math.max(pom ?? 0, source ?? 0)) return false;
  const outputs = await Promise.all([COMPILED_CLASS, CLASSPATH_FILE].map(modifiedAt));
  if (outputs.includes(undefined)) return false;
  const jars = await Promise.all((await readClasspath()).map(modifiedAt));
  return !jars.includes(undefined); // e.g. the Maven repository was cleared
}

async function readClasspath(): Promise<string[]> {
  const text = await readFile(CLASSPATH_FILE, 'utf8');
  return text
    .trim()
    .split(path.delimiter)
    .filter((entry) => entry !== '');
}

// ---- small helpers ----

function boltUri(host: string, port: number): string {
  return `bolt://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Runs a command to completion and returns its combined output; `failure` says why it could not run at all. */
function run(
  command: string,
  args: string[],
  cwd?: string,
): Promise<{ code: number | null; output: string; failure?: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(command, args, { cwd, shell: process.platform === 'win32', windowsHide: true });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', (error) =>
      resolve({ code: null, output: Buffer.concat(chunks).toString('utf8'), failure: error.message }),
    );
    child.once('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

async function modifiedAt(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function tail(file: string, lines: number): Promise<string> {
  try {
    return lastLines(await readFile(file, 'utf8'), lines);
  } catch {
    return '(no log was written)';
  }
}

/** The last lines of a text, without terminal colour codes. */
function lastLines(text: string, lines: number): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
