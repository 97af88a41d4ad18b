// The project's own local Neo4j runtime: start, answer Cypher, start again, status, stop, and clear errors.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import {
  LocalNeo4jError,
  localNeo4jStatus,
  parseJavaMajorVersion,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../neo4j-local/runtime';

const START_TIMEOUT = 240_000;

/** A port nobody listens on right now (and not the test suite's own Neo4j). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function neo4jVersion(uri: string): Promise<string> {
  const driver = neo4j.driver(uri);
  try {
    const result = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version",
    );
    return String(result.records[0]?.get('version'));
  } finally {
    await driver.close();
  }
}

function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'actorgraph-neo4j-'));
}

describe('local Neo4j runtime', () => {
  let dataDir: string;
  let port: number;
  let firstPid: number;

  beforeAll(async () => {
    dataDir = await tempDir();
    port = await freePort();
  });

  afterAll(async () => {
    await stopLocalNeo4j({ dataDir });
    await rm(dataDir, { recursive: true, force: true });
  }, 90_000);

  it(
    'when started on a free port, then it answers Cypher as Neo4j 5.26',
    async () => {
      const started = await startLocalNeo4j({ port, dataDir, heap: '1g', pageCache: '128m' });
      firstPid = started.pid;
      expect(started).toEqual({
        uri: `bolt://127.0.0.1:${port}`,
        pid: expect.any(Number),
        alreadyRunning: false,
      });
      expect(await neo4jVersion(started.uri)).toMatch(/^5\.26\.\d+$/);
      const pidFile = JSON.parse(await readFile(path.join(dataDir, 'neo4j.pid'), 'utf8'));
      expect(pidFile).toMatchObject({ pid: started.pid, port });
    },
    START_TIMEOUT,
  );

  it('when started a second time, then it reports alreadyRunning with the same pid', async () => {
    const again = await startLocalNeo4j({ port, dataDir });
    expect(again).toEqual({ uri: `bolt://127.0.0.1:${port}`, pid: firstPid, alreadyRunning: true });
  });

  it('when asked for its status while running, then it says running with pid and uri', async () => {
    expect(await localNeo4jStatus({ dataDir })).toEqual({
      running: true,
      pid: firstPid,
      uri: `bolt://127.0.0.1:${port}`,
    });
  });

  it('when another program holds the port, then it is refused with a message naming NEO4J_LOCAL_PORT', async () => {
    const otherDir = await tempDir();
    const otherProgram = net.createServer();
    await new Promise<void>((resolve) => otherProgram.listen({ host: '127.0.0.1', port: 0 }, resolve));
    const address = otherProgram.address();
    const busyPort = typeof address === 'object' && address ? address.port : 0;
    try {
      const start = startLocalNeo4j({ port: busyPort, dataDir: otherDir });
      await expect(start).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(start).rejects.toThrow(new RegExp(`Port ${busyPort}.*NEO4J_LOCAL_PORT`, 's'));
    } finally {
      await new Promise((resolve) => otherProgram.close(resolve));
      await stopLocalNeo4j({ dataDir: otherDir }); // only matters if the test failed and a Neo4j was started
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('when stopped, then the port closes, the pid file is gone and status says not running', async () => {
    expect(await stopLocalNeo4j({ dataDir })).toBe(true);
    expect(await portAcceptsConnections(port)).toBe(false);
    await expect(readFile(path.join(dataDir, 'neo4j.pid'))).rejects.toThrow(/ENOENT/);
    expect(await localNeo4jStatus({ dataDir })).toEqual({ running: false });
    expect(await stopLocalNeo4j({ dataDir })).toBe(false);
  }, 90_000);

  it('when the pid file names a process that has exited, then status says not running and stop removes the file', async () => {
    const staleDir = await tempDir();
    try {
      const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
      await writeFile(
        path.join(staleDir, 'neo4j.pid'),
        JSON.stringify({ pid: deadPid, host: '127.0.0.1', port }),
      );
      expect(await localNeo4jStatus({ dataDir: staleDir })).toEqual({ running: false });
      expect(await stopLocalNeo4j({ dataDir: staleDir })).toBe(false);
      await expect(readFile(path.join(staleDir, 'neo4j.pid'))).rejects.toThrow(/ENOENT/);
    } finally {
      await rm(staleDir, { recursive: true, force: true });
    }
  });

  it('when Java cannot be found, then it rejects with a LocalNeo4jError naming Java 17 and NEO4J_URI', async () => {
    const noJavaDir = await tempDir();
    try {
      const start = startLocalNeo4j({
        port: await freePort(),
        dataDir: noJavaDir,
        javaCommand: path.join(noJavaDir, 'no-such-java'),
      });
      await expect(start).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(start).rejects.toThrow(/Java 17.*NEO4J_URI/s);
    } finally {
      await rm(noJavaDir, { recursive: true, force: true });
    }
  });
});

describe('parseJavaMajorVersion', () => {
  it('when given old and new `java -version` banners, then it returns the major version', () => {
    expect(parseJavaMajorVersion('java version "1.8.0_292"')).toBe(8);
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('no banner')).toBeUndefined();
  });
});
