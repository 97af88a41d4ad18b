// How a console result's cell reads in the table: texts as they are, nodes by name, lists and maps compactly.

const MAX_CELL = 300;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nodeName(value: Record<string, unknown>): string {
  const properties = isRecord(value.properties) ? value.properties : {};
  const name = properties.name ?? properties.title ?? properties.id ?? value.elementId;
  return `(${String(name)})`;
}

/** A short text for a node, relationship or path as the console returns them, or null for other maps. */
function entityText(value: Record<string, unknown>): string | null {
  if (Array.isArray(value.labels) && 'elementId' in value) return nodeName(value);
  if (typeof value.type === 'string' && 'startElementId' in value) return `[:${value.type}]`;
  if (isRecord(value.start) && Array.isArray(value.segments)) {
    const steps = value.segments.filter(isRecord).map((segment) => {
      const relation = isRecord(segment.relationship) ? String(segment.relationship.type) : '?';
      return `-[:${relation}]-${isRecord(segment.end) ? nodeName(segment.end) : '()'}`;
    });
    return `${nodeName(value.start)}${steps.join('')}`;
  }
  return null;
}

function formatInner(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (Array.isArray(value)) return `[${value.map(formatInner).join(', ')}]`;
  if (isRecord(value)) return entityText(value) ?? JSON.stringify(value);
  return String(value);
}

/** The text of one table cell, cut to a readable length. */
export function formatCell(value: unknown): string {
  const text = formatInner(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}
