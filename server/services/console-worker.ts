// A console reader thread: its own driver, the read-only checks, the budgeted result, sent back as JSON text.
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { Neo4jError } from 'neo4j-driver';
import type { Neo4jConfig } from '../config/config';
import { createDriver, Database } from '../db/database';
import { ReadOnlyRefusal, runReadOnly } from '../db/read-only-query';
import { bytesText, ResultTooLarge } from '../db/result-budget';
import { consoleResult } from './console-result';
import type { ConsoleAnswer, ConsoleFailure, ConsoleTask } from './console-workers';

const config = workerData as Neo4jConfig;
const db = new Database(createDriver(config), config.database, config);

/**
 * The bytes Neo4j sent for the running task. The driver decodes a whole record at once, so a single huge
 * value would be read in full before any budget could see it: past twice the byte budget the connection is
 * cut instead, before the record is complete.
 */
let received: { bytes: number; limit: number; cut: boolean } | undefined;

subscribe('net.client.socket', (message) => {
  const socket = (message as { socket: Socket }).socket;
  socket.on('data', (chunk: Buffer) => {
    if (!received) return;
    received.bytes += chunk.length;
    if (received.bytes > received.limit) {
      received.cut = true;
      socket.destroy(new Error('the console result is larger than its budget'));
    }
  });
});

function failureOf(error: unknown, maxBytes: number): ConsoleFailure {
  if (received?.cut)
    return { kind: 'too_large', message: `the result is larger than ${bytesText(maxBytes)}` };
  if (error instanceof ReadOnlyRefusal) return { kind: 'refused', code: error.code, message: error.message };
  if (error instanceof ResultTooLarge) return { kind: 'too_large', message: error.message };
  if (error instanceof Neo4jError) {
    return {
      kind: 'neo4j',
      message: error.message,
      code: error.code,
      gqlStatus: error.gqlStatus,
      gqlStatusDescription: error.gqlStatusDescription,
    };
  }
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

async function answer(task: ConsoleTask): Promise<ConsoleAnswer> {
  received = { bytes: 0, limit: 2 * task.limits.maxBytes, cut: false };
  try {
    const result = await runReadOnly(db, task.query, task.params, task.limits, task.bookmarks);
    return { ok: true, json: JSON.stringify(consoleResult(result, task.limits.maxRows)) };
  } catch (error) {
    return { ok: false, failure: failureOf(error, task.limits.maxBytes) };
  } finally {
    received = undefined;
  }
}

parentPort?.on('message', (message: { id: number; task: ConsoleTask }) => {
  void answer(message.task).then((reply) => parentPort?.postMessage({ id: message.id, answer: reply }));
});

// Loaded and listening: the pool starts the deadline of a first query from here.
parentPort?.postMessage({ ready: true });
