// The CAMEO codebook and the one mapping from a CAMEO code to a relation type of the vocabulary.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { RELATIONS, type RelationType } from './relations';

/** One code of the CAMEO event codebook. */
export interface CameoCode {
  code: string;
  name: string;
  /** Goldstein scale, -10 (most conflictual) to +10 (most cooperative). */
  goldstein: number;
}

/** Where the published codebooks are kept (see its README for their origin). */
export const CODEBOOK_DIR = path.join(__dirname, 'codebooks');

let codebook: ReadonlyMap<string, CameoCode> | undefined;

/** Every code of the CAMEO codebook, by code (`'036'`, `'0311'`), read once. */
export function cameoCodebook(): ReadonlyMap<string, CameoCode> {
  if (!codebook) {
    // The codebook is published in Windows-1252.
    const text = new TextDecoder('windows-1252').decode(
      readFileSync(path.join(CODEBOOK_DIR, 'cameo-codes.csv')),
    );
    const rows = parse(text, { columns: true, skip_empty_lines: true }) as Array<{
      code: string;
      name: string;
      goldstein: string;
    }>;
    codebook = new Map(
      rows.map((row) => [
        row.code,
        { code: row.code, name: row.name.trim(), goldstein: Number(row.goldstein) },
      ]),
    );
  }
  return codebook;
}

/** Every CAMEO prefix the vocabulary lists, with the type that claims it. */
const TYPE_BY_PREFIX: ReadonlyMap<string, RelationType> = new Map(
  RELATIONS.flatMap((relation) =>
    'event' in relation ? relation.event.cameo.map((prefix) => [prefix, relation.type] as const) : [],
  ),
);

/** The relation type a CAMEO code maps to (the longest prefix listed wins), or undefined for a code outside CAMEO. */
export function relationForCameo(code: string): RelationType | undefined {
  if (!/^\d{2,4}$/.test(code)) return undefined;
  for (let length = code.length; length >= 2; length -= 1) {
    const type = TYPE_BY_PREFIX.get(code.slice(0, length));
    if (type) return type;
  }
  return undefined;
}

/** The CAMEO codes of the codebook that map to `type`. */
export function cameoCodesOf(type: RelationType): CameoCode[] {
  return [...cameoCodebook().values()].filter((entry) => relationForCameo(entry.code) === type);
}

/** The Goldstein weights of a type's codes: least, most and mean; undefined for a type CAMEO does not code. */
export function goldsteinOf(type: RelationType): { min: number; max: number; mean: number } | undefined {
  const weights = cameoCodesOf(type).map((entry) => entry.goldstein);
  if (weights.length === 0) return undefined;
  const mean = weights.reduce((sum, weight) => sum + weight, 0) / weights.length;
  return { min: Math.min(...weights), max: Math.max(...weights), mean: Math.round(mean * 10) / 10 };
}
