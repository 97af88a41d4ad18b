/**
 * A copy of `text` that keeps nothing else alive. A YAML reader hands out scalars sliced from the file's text,
 * and V8 keeps the whole text alive for as long as any slice of it is: an id kept in a registry of a million
 * claims would keep every file read in memory. A concatenation is a new string, and slicing it makes the engine
 * copy it flat first, so what is returned refers only to that copy.
 */
export function ownString(text: string): string {
  return ` ${text}`.slice(1);
}
