// Turns a console result into plain JSON values within a budget: bytes in all, bytes per value, nesting depth.
import { isNode, isPath, isRelationship, type Node, type Path, type Relationship } from 'neo4j-driver';
import { toPlain } from './plain-values';

/** The bounds of one result, in estimated bytes of its JSON. */
export interface ResultLimits {
  /** The whole answer: rows and the graph of their nodes and relationships. */
  maxBytes: number;
  /** Any one value of a row (a cell). */
  maxValueBytes: number;
  /** Lists and maps inside lists and maps. */
  maxDepth: number;
}

/** Why a result is not sent: it does not fit its limits. Reading stops as soon as it is known. */
export class ResultTooLarge extends Error {
  override name = 'ResultTooLarge';
}

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

const NUMBER_BYTES = 8;
const MEGABYTE = 1024 * 1024;

/** A size for people: "8 MB", "512 kB". */
export function bytesText(bytes: number): string {
  return bytes >= MEGABYTE ? `${+(bytes / MEGABYTE).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/**
 * Converts values while counting the size their JSON will have, and throws ResultTooLarge the moment a value
 * or the whole result passes its limit (so a huge list is not walked to its end). Collects the nodes and
 * relationships met, for the graph.
 */
export class BudgetedConverter {
  readonly nodes = new Map<string, FoundNode>();
  readonly relationships = new Map<string, FoundRelationship>();
  private readonly entitySizes = new Map<string, number>();
  private spent = 0;
  private valueSpent = 0;

  constructor(private readonly limits: ResultLimits) {}

  /** The estimated bytes converted so far. */
  get bytes(): number {
    return this.spent;
  }

  /** One cell of a row, with the budget of a single value. */
  value(value: unknown): unknown {
    this.valueSpent = 0;
    return this.plain(value, 0);
  }

  /** Counts text that is not a value (column names, punctuation). */
  charge(bytes: number): void {
    this.spent += bytes;
    this.valueSpent += bytes;
    if (this.valueSpent > this.limits.maxValueBytes) {
      throw new ResultTooLarge(
        `a single value of the result is larger than ${bytesText(this.limits.maxValueBytes)}`,
      );
    }
    if (this.spent > this.limits.maxBytes) {
      throw new ResultTooLarge(`the result is larger than ${bytesText(this.limits.maxBytes)}`);
    }
  }

  private plain(value: unknown, depth: number): unknown {
    if (depth > this.limits.maxDepth) {
      throw new ResultTooLarge(`a value of the result is nested deeper than ${this.limits.maxDepth} levels`);
    }
    if (value === null || value === undefined) {
      this.charge(4);
      return null;
    }
    if (typeof value === 'string') {
      this.charge(value.length + 2);
      return value;
    }
    if (typeof value !== 'object') {
      this.charge(NUMBER_BYTES);
      return toPlain(value);
    }
    if (isNode(value)) return this.node(value as Node, depth);
    if (isRelationship(value)) return this.relationship(value as Relationship, depth);
    if (isPath(value)) return this.path(value as Path, depth);
    if (Array.isArray(value)) {
      this.charge(2);
      const items: unknown[] = [];
      for (const item of value) {
        this.charge(1);
        items.push(this.plain(item, depth + 1));
      }
      return items;
    }
    if (value.constructor === Object) return this.map(value as Record<string, unknown>, depth);
    const converted = toPlain(value);
    this.charge(typeof converted === 'string' ? converted.length + 2 : 4 * NUMBER_BYTES);
    return converted;
  }

  private map(value: Record<string, unknown>, depth: number): Record<string, unknown> {
    this.charge(2);
    const converted: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      this.charge(key.length + 4);
      converted[key] = this.plain(value[key], depth + 1);
    }
    return converted;
  }

  /** An entity appears in each row that holds it and once in the graph: its size counts each time. */
  private entity<T>(elementId: string, store: Map<string, T>, make: () => T): T {
    const known = store.get(elementId);
    if (known) {
      this.charge(this.entitySizes.get(elementId) ?? 0);
      return known;
    }
    const before = this.spent;
    const found = make();
    const size = this.spent - before;
    this.entitySizes.set(elementId, size);
    store.set(elementId, found);
    this.charge(size);
    return found;
  }

  private node(node: Node, depth: number): FoundNode {
    return this.entity(node.elementId, this.nodes, () => {
      this.charge(node.elementId.length + 40);
      for (const label of node.labels) this.charge(label.length + 3);
      return {
        elementId: node.elementId,
        labels: node.labels,
        properties: this.map(node.properties, depth + 1),
      };
    });
  }

  private relationship(relationship: Relationship, depth: number): FoundRelationship {
    return this.entity(relationship.elementId, this.relationships, () => {
      this.charge(
        relationship.elementId.length +
          relationship.startNodeElementId.length +
          relationship.endNodeElementId.length +
          relationship.type.length +
          80,
      );
      return {
        elementId: relationship.elementId,
        type: relationship.type,
        startElementId: relationship.startNodeElementId,
        endElementId: relationship.endNodeElementId,
        properties: this.map(relationship.properties, depth + 1),
      };
    });
  }

  private path(path: Path, depth: number): unknown {
    this.charge(30);
    const start = this.node(path.start, depth + 1);
    const segments = path.segments.map((segment) => {
      this.charge(30);
      return {
        relationship: this.relationship(segment.relationship, depth + 2),
        end: this.node(segment.end, depth + 2),
      };
    });
    return { start, segments };
  }
}
