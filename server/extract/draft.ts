// The extractor's answer as a draft source file of the data format: the article, the new actors it proposes, and
// its claims, each `origin: extracted`, `status: candidate`, with the extractor's confidence.
import { stringify } from 'yaml';
import type { ExtractionResult } from '../api/extraction';
import { relationDefinition, type RelationType } from '../model/relations';

const HEADER = '# yaml-language-server: $schema=../schema/source.schema.json';

/** A summary in the project's words: the relation's label between the two names, and how sure the text is. */
function summaryOf(result: ExtractionResult, claim: ExtractionResult['claims'][number]): string {
  const name = (id: string | null) => result.actors.find((a) => a.id === id)?.name ?? id ?? '';
  const label = relationDefinition(claim.type as RelationType).label;
  const voice =
    claim.certainty === 'fact'
      ? ''
      : ` (${claim.certainty === 'claim' ? 'according to' : 'as read by'} ${claim.assertedBy ? name(claim.assertedBy) : 'the article'})`;
  return `Proposed by the extractor: ${name(claim.from)} ${label} ${name(claim.to)}${voice}.`;
}

/** The draft file's text. Put it in a data folder's sources/ as `<source id>.yaml` to check or load it. */
export function draftSourceFile(result: ExtractionResult): string {
  const { source } = result;
  const draft = {
    source: {
      id: source.id,
      title: source.title,
      publisher: source.publisher ?? 'Unknown publisher',
      published: source.published,
      authors: [],
      ...(source.url ? { url: source.url } : {}),
      language: 'en',
      origin: 'extracted',
      note: 'Draft written by npm run extract: every claim is a candidate nobody has checked yet.',
    },
    actors: result.actors
      .filter((actor) => actor.isNew)
      .map((actor) => ({
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        ...(actor.country ? { country: actor.country } : {}),
        description: 'Proposed by the extractor; not checked yet.',
      })),
    claims: result.claims.map((claim) => ({
      id: claim.id,
      type: claim.type,
      from: claim.from,
      to: claim.to,
      date: claim.date,
      ...(claim.dateEnd ? { dateEnd: claim.dateEnd } : {}),
      certainty: claim.certainty,
      assertedBy: claim.assertedBy,
      summary: summaryOf(result, claim),
      evidence: { paragraph: claim.evidence.paragraph, quote: claim.evidence.quote },
      origin: 'extracted',
      status: 'candidate',
      confidence: claim.confidence,
    })),
  };
  return `${HEADER}\n${stringify(draft, { lineWidth: 0 })}`;
}
