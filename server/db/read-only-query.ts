// Runs user-written Cypher safely: EXPLAIN first to refuse anything but a pure read, then a read transaction
// with a time-out that stops after a row cap.
import neo4j, { isNode, isPath, isRelationship, type Node, type Path, type Relationship } from 'neo4j-driver';
import type { Database } from './database';
import { toNeo4jParams, toPlain } from './plain-values';

/** A node or relationship met in the rows, as plain data. */
export interface FoundNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface FoundRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

export interface ReadOnlyResult {
  columns: string[];
  rows: Array<Record<string, unknown>>;
  nodes: FoundNode[];
  relationships: FoundRelationship[];
  truncated: boolean;
  queryType: string;
  elapsedMs: number;
}

/** Why a query is refused before it runs. */
export class ReadOnlyRefusal extends Error {
  override name = 'ReadOnlyRefusal';
}

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function planOperators(plan: PlanNode | false | undefined): string[] {
  if (!plan) return [];
  return [plan.operatorType, ...plan.children.flatMap(planOperators)];
}

/** Collects the graph entities in a result while turning values into plain JSON. */
class EntityCollector {
  readonly nodes = new Map<string, FoundNode>();
  readonly relationships = new Map<string, FoundRelationship>();

  private node(node: Node): FoundNode {
    const found = {
      elementId: node.elementId,
      labels: node.labels,
      properties: toPlain(node.properties) as Record<string, unknown>,
    };
    this.nodes.set(node.elementId, found);
    return found;
  }

  private relationship(relationship: Relationship): FoundRelationship {
    const found = {
      elementId: relationship.elementId,
      type: relationship.type,
      startElementId: relationship.startNodeElementId,
      endElementId: relationship.endNodeElementId,
      properties: toPlain(relationship.properties) as Record<string, unknown>,
    };
    this.relationships.set(relationship.elementId, found);
    return found;
  }

  private path(path: Path): unknown {
    const start = this.node(path.start);
    const segments = path.segments.map((segment) => ({
      relationship: this.relationship(segment.relationship),
      end: this.node(segment.end),
    }));
    return { start, segments };
  }

  plain(value: unknown): unknown {
    if (isNode(value as object)) return this.node(value as Node);
    if (isRelationship(value as object)) return this.relationship(value as Relationship);
    if (isPath(value as object)) return this.path(value as Path);
    if (Array.isArray(value)) return value.map((item) => this.plain(item));
    if (value && typeof value === 'object' && value.constructor === Object) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.plain(item)]));
    }
    return toPlain(value);
  }
}

/**
 * Runs `text` if and only if it is a read: a query whose plan would write, touch the schema or load CSV is refused
 * with a ReadOnlyRefusal before it runs, and the read transaction itself refuses any write the plan did not show.
 */
export async function runReadOnly(
  db: Database,
  text: string,
  params: Record<string, unknown>,
  limits: { timeoutMs: number; maxRows: number },
): Promise<ReadOnlyResult> {
  const cypherParams = toNeo4jParams(params) as Record<string, unknown>;
  // The bookmark manager executeQuery uses: in a cluster the console reads what this process last wrote.
  const session = db.driver.session({
    database: db.databaseName,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: db.driver.executeQueryBookmarkManager,
  });
  try {
    const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${text}`, cypherParams), {
      timeout: limits.timeoutMs,
    });
    const queryType = explained.summary.queryType;
    if (queryType !== 'r') {
      throw new ReadOnlyRefusal(
        `the console runs read-only queries, and this one would ${queryType === 's' ? 'change the schema' : 'write'}`,
      );
    }
    if (
      planOperators(explained.summary.plan as PlanNode | false).some((operator) =>
        operator.startsWith('LoadCSV'),
      )
    ) {
      throw new ReadOnlyRefusal('the console does not run LOAD CSV');
    }
    const started = Date.now();
    return await session.executeRead(
      async (tx) => {
        const collector = new EntityCollector();
        const rows: Array<Record<string, unknown>> = [];
        const result = tx.run(text, cypherParams);
        let truncated = false;
        for await (const record of result) {
          if (rows.length >= limits.maxRows) {
            truncated = true;
            break;
          }
          rows.push(
            Object.fromEntries(record.keys.map((key) => [String(key), collector.plain(record.get(key))])),
          );
        }
        const columns = (await result.keys()).map(String);
        return {
          columns,
          rows,
          nodes: [...collector.nodes.values()],
          relationships: [...collector.relationships.values()],
          truncated,
          queryType,
          elapsedMs: Date.now() - started,
        };
      },
      { timeout: limits.timeoutMs },
    );
  } finally {
    await session.close();
  }
}
