// Shutdown of the real server process (`server/cli/start.ts` on the test Neo4j, port 0): on SIGTERM it refuses
// new requests, closes idle connections, lets the request in flight finish, then exits; past the grace period
// it cuts what is left. Raw sockets show exactly what each connection receives.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { readCorpus } from '../../server/ingest/read-corpus';
import { CURATED_DATA } from '../support/test-app';
import { testConfig } from '../support/test-neo4j';

const ROOT = path.join(__dirname, '..', '..');

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One TCP connection that speaks HTTP/1.1 by hand: what is sent, and each response as it comes. */
class RawConnection {
  private buffer = Buffer.alloc(0);
  private changed: () => void = () => {};
  private isClosed = false;
  readonly closed: Promise<void>;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.changed();
    });
    this.closed = new Promise((resolve) =>
      socket.once('close', () => {
        this.isClosed = true;
        this.changed();
        resolve();
      }),
    );
    socket.on('error', () => {}); // a reset shows as `closed`
  }

  static open(port: number): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.off('error', reject);
        resolve(new RawConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  send(text: string): void {
    this.socket.write(text);
  }

  /** The next whole response (a 100 Continue counts as one); rejects if the connection closes first. */
  async response(): Promise<RawResponse> {
    for (;;) {
      const parsed = this.take();
      if (parsed) return parsed;
      if (this.isClosed) throw new Error('connection closed without a (whole) response');
      await new Promise<void>((resolve) => (this.changed = resolve));
    }
  }

  private take(): RawResponse | undefined {
    const headEnd = this.buffer.indexOf('\r\n\r\n');
    if (headEnd === -1) return undefined;
    const [statusLine, ...lines] = this.buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(
      lines.map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      }),
    );
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine ?? '')?.[1]);
    const length = status === 100 ? 0 : Number(headers['content-length'] ?? 0);
    if (this.buffer.length < headEnd + 4 + length) return undefined;
    const body = this.buffer.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8');
    this.buffer = this.buffer.subarray(headEnd + 4 + length);
    return { status, headers, body };
  }
}

const get = (target: string) => `GET ${target} HTTP/1.1\r\nHost: localhost\r\n\r\n`;

/** The server process, its output, and the port it chose. */
interface Served {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
}

let served: Served | undefined;

async function startServer(graceSeconds: number): Promise<Served> {
  const { neo4j } = testConfig();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let changed: () => void = () => {};
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    changed();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
      changed();
    }),
  );
  let running = true;
  void exited.then(() => (running = false));
  const waitFor = async (pattern: RegExp) => {
    for (;;) {
      const match = pattern.exec(output);
      if (match) return match;
      if (!running) throw new Error(`the server exited before printing ${pattern}:\n${output}`);
      await new Promise<void>((resolve) => (changed = resolve));
    }
  };
  const ready = await waitFor(/serving on http:\/\/127\.0\.0\.1:(\d+)\//);
  return { child, port: Number(ready[1]), output: () => output, exited, waitFor };
}

afterEach(async () => {
  if (served && served.child.exitCode === null && served.child.signalCode === null) {
    served.child.kill('SIGKILL');
    await served.exited;
  }
  served = undefined;
});

/** A console request whose headers are in (the server said 100 Continue) and whose body is still to come. */
async function consoleRequestInFlight(port: number, query: string) {
  const connection = await RawConnection.open(port);
  const body = JSON.stringify({ query });
  connection.send(
    'POST /api/cypher HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
  );
  expect((await connection.response()).status).toBe(100);
  return { connection, sendBody: () => connection.send(body) };
}

describe('shutdown on SIGTERM', () => {
  it('when a request is in flight, then it gets its whole answer, new requests get 503 or a closed connection, and the process exits 0', async () => {
    served = await startServer(60);
    const { port } = served;

    // An idle keep-alive connection.
    const idle = await RawConnection.open(port);
    idle.send(get('/api/health'));
    expect((await idle.response()).status).toBe(200);

    // A keep-alive connection on which the next request has begun but is not complete at the signal.
    const late = await RawConnection.open(port);
    late.send(get('/api/health'));
    expect((await late.response()).status).toBe(200);
    late.send('GET /api/meta HTTP/1.1\r\nHost: localhost\r\n');

    // A request in flight: the server has it, but its body arrives only after the signal.
    const inFlight = await consoleRequestInFlight(port, 'MATCH (a:Actor) RETURN count(a) AS actors');

    const signalled = Date.now();
    served.child.kill('SIGTERM');
    const shuttingDown = await served.waitFor(/\{[^\n]*"msg":"shutting down"[^\n]*\}/);
    expect(JSON.parse(shuttingDown[0])).toMatchObject({ signal: 'SIGTERM', inFlight: 1 });

    // The idle connection is closed without a word.
    await idle.closed;

    // The request that completes after the signal is refused, and its connection closes.
    late.send('\r\n');
    const refused = await late.response();
    expect({ status: refused.status, connection: refused.headers.connection }).toEqual({
      status: 503,
      connection: 'close',
    });
    expect(JSON.parse(refused.body)).toEqual({
      error: { code: 'shutting_down', message: expect.any(String) },
    });
    await late.closed;

    // New connections are refused.
    await expect(RawConnection.open(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    // The request in flight is served in full, over the still open driver, and ends its connection.
    inFlight.sendBody();
    const answer = await inFlight.connection.response();
    expect({ status: answer.status, connection: answer.headers.connection }).toEqual({
      status: 200,
      connection: 'close',
    });
    const corpus = await readCorpus(CURATED_DATA);
    expect(JSON.parse(answer.body).rows).toEqual([{ actors: corpus.actors.length }]);
    await inFlight.connection.closed;

    expect(await served.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(60_000);
    expect(served.output()).toMatch(/"msg":"stopped"/);
  });

  it('when a request is still in flight at the end of the grace period, then it is cut and the process exits 1', async () => {
    served = await startServer(1);
    const stuck = await consoleRequestInFlight(served.port, 'RETURN 1 AS one');

    const signalled = Date.now();
    served.child.kill('SIGTERM');
    await expect(stuck.connection.response()).rejects.toThrow(/connection closed/);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(900);
    expect(await served.exited).toEqual({ code: 1, signal: null });
    expect(served.output()).toMatch(/"msg":"grace period over: requests in flight were cut"/);
  });
});

describe('start', () => {
  it('when the server starts, then it reads the metadata and the per-pair summary before any request asks', async () => {
    served = await startServer(5);
    const logged = await served.waitFor(/"ms":(\d+)[^\n]*"msg":"metadata and per-pair summary read"/);
    expect(Number(logged[1])).toBeGreaterThanOrEqual(0);
  });
});
