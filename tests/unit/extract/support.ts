// Helpers for the extractor's stage tests: one small registry, and an article read up to a stage.
import { ActorRegistry } from '../../../server/extract/actors/actor-table';
import { extractArticle } from '../../../server/extract/extract';
import type { ActorRecord } from '../../../server/ingest/file-schemas';

/** An actor record of the registry's shape. */
export const actor = (
  id: string,
  name: string,
  kind: ActorRecord['kind'],
  aliases: string[] = [],
): ActorRecord => ({
  id,
  name,
  kind,
  aliases,
  unnamed: false,
});

/** A registry like data/actors.yaml, small: a few people, states and bodies. */
export const registry = new ActorRegistry([
  actor('kim-jong-un', 'Kim Jong-un', 'person', ['Kim', 'Chairman Kim', 'North Korean leader Kim Jong-un']),
  actor('xi-jinping', 'Xi Jinping', 'person', ['Xi']),
  actor('north-korea', 'North Korea', 'state', ['the North', 'North Korean']),
  actor('china', 'China', 'state', ['Chinese']),
  actor('united-states', 'United States', 'state', ['US', 'U.S.']),
  actor('un-security-council', 'UN Security Council', 'organisation', ['United Nations Security Council']),
]);

/**
 * Reads a short article (a sentence or two after a headline) with `actors`, published on `published`, and gives
 * its event and stance claims as "TYPE from to" (ties and readings left out).
 */
export function eventClaimsWith(actors: ActorRegistry, published: string): (text: string) => string[] {
  return (text) =>
    extractArticle(`Headline\n\n${text}`, actors, { published })
      .claims.filter((c) => !['LEADS', 'AFFILIATED_WITH', 'ASSESSES'].includes(c.type))
      .map((c) => [c.type, c.from, c.to].join(' '));
}

/** Reads a short article after a headline and gives its claims as "TYPE from to", the ties of people left out. */
export function relationClaimsWith(actors: ActorRegistry, published: string): (text: string) => string[] {
  return (text) =>
    extractArticle(`Headline\n\n${text}`, actors, { published })
      .claims.filter((c) => !['LEADS', 'AFFILIATED_WITH'].includes(c.type))
      .map((c) => [c.type, c.from, c.to].join(' '));
}
