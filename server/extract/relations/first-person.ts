// "“We strongly reject the allegations made by Pakistan,” spokesperson Randhir Jaiswal told reporters": inside a
// quotation whose speaker is known, "I" and "we" as a clause's subject are the speaker.
import type { ActorInfo } from '../actors/actor-table';
import type { Token } from '../document';
import type { Mention, SentenceMentions } from '../actors/mentions';

const FIRST_PERSON = new Set(['i', 'we']);

/** True when a mention covers token `i` (a loop, not a closure over `i` made at every token). */
function covers(mentions: readonly Mention[], i: number): boolean {
  for (const m of mentions) if (i >= m.start && i < m.end) return true;
  return false;
}

/**
 * The sentence's mentions with each first-person subject pronoun between token `from` and `to` (the quoted words)
 * read as `speaker`. Only a pronoun that opens its clause (first in the quotation, or after a comma or "and",
 * "but") and is followed by a verb is taken: "we" of "we Europeans" or in a list is left alone.
 */
export function withFirstPerson(
  found: SentenceMentions,
  speaker: ActorInfo,
  from: number,
  to: number,
): SentenceMentions {
  const { tokens } = found.sentence;
  const added: Mention[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (!FIRST_PERSON.has(token.lower)) continue;
    const before = tokens[i - 1];
    const opens =
      i === from ||
      !before ||
      [',', 'and', 'but', '“', '"', ';'].includes(before.lower) ||
      before.pos === 'PUNCT';
    const next = tokens[i + 1];
    const verbNext =
      next?.pos === 'VERB' || next?.pos === 'AUX' || (next?.pos === 'ADV' && isVerbAt(tokens, i + 2));
    if (!opens || !verbNext) continue;
    if (covers(found.mentions, i)) continue;
    added.push({ start: i, end: i + 1, actor: speaker, via: 'pronoun' });
  }
  if (added.length === 0) return found;
  const mentions = [...found.mentions, ...added].sort((a, b) => a.start - b.start);
  return { ...found, mentions };
}

const isVerbAt = (tokens: Token[], i: number) => tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX';
