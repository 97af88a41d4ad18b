// Stage 3, before the cues: a tariff or a sanction laid on a state's goods falls on the state. "imposed tariffs on
// Chinese goods", "a 25% duty on Canadian steel and aluminum", "tariffs on imports from Mexico and Canada": the
// goods named by the state they come from are read as a mention of that state, so that the cues of SANCTIONS
// ("impose+>on", "n:tariffs>on") find it as their object. Only after "on" or "against" with a word of penalty
// just before: "Chinese goods" elsewhere ("sales of Chinese goods") name no one acted on.
import type { Token } from '../document';
import type { Mention, SentenceMentions } from '../actors/mentions';

/** Nouns of traded goods that a state's adjective or "from" a state may name. */
const GOODS = new Set([
  'goods',
  'imports',
  'exports',
  'products',
  'produce',
  'shipments',
  'commodities',
  'steel',
  'aluminum',
  'aluminium',
  'cars',
  'vehicles',
  'autos',
  'evs',
  'trucks',
  'spirits',
  'whiskey',
  'whisky',
  'wine',
  'wines',
  'beer',
  'dairy',
  'pork',
  'beef',
  'poultry',
  'seafood',
  'soybeans',
  'grain',
  'lumber',
  'timber',
  'oil',
  'gas',
  'crude',
  'coal',
  'chips',
  'semiconductors',
  'textiles',
  'apparel',
  'items',
  'batteries',
  'panels',
]);
/** Words that may qualify the goods between the state and the noun: "Chinese electric vehicles", "EV imports". */
const QUALIFIERS = new Set([
  'electric',
  'agricultural',
  'farm',
  'food',
  'industrial',
  'consumer',
  'luxury',
  'auto',
  'car',
  'ev',
  'energy',
  'solar',
  'steel',
  'aluminum',
  'aluminium',
  'dairy',
  'and',
]);
/** Words of a penalty that lay something on what follows "on" or "against". */
const PENALTIES = new Set([
  'tariff',
  'tariffs',
  'duty',
  'duties',
  'levy',
  'levies',
  'sanction',
  'sanctions',
  'embargo',
  'ban',
  'controls',
  'quota',
  'quotas',
  'impose',
  'imposes',
  'imposed',
  'imposing',
  'levied',
  'slapped',
]);
/** How far before "on" the word of penalty may stand: "tariffs of up to 45% on", "imposed 25% tariffs on". */
const REACH = 6;
/** How many words of goods may follow the state or come before "from" it. */
const GOODS_SPAN = 4;

const isGoodsWord = (token: Token | undefined) =>
  !!token && (GOODS.has(token.lower) || QUALIFIERS.has(token.lower));

/** Whether a word of penalty stands shortly before the "on" or "against" at `at`, in the same clause. */
function penaltyBefore(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (word !== 'on' && word !== 'against') return false;
  for (let i = at - 1; i >= 0 && at - i <= REACH; i--) {
    const token = tokens[i] as Token;
    if (PENALTIES.has(token.lower)) return true;
    if ([',', ';', ':', '.', 'and', 'but', 'said'].includes(token.lower)) return false;
  }
  return false;
}

/** The end of goods named right after a state's mention ("Chinese [electric vehicles]"), or undefined. */
function goodsAfter(tokens: Token[], end: number): number | undefined {
  let last: number | undefined;
  for (let i = end; i < tokens.length && i - end < GOODS_SPAN; i++) {
    const token = tokens[i];
    if (!isGoodsWord(token)) break;
    if (GOODS.has(token?.lower ?? '')) last = i + 1;
  }
  return last;
}

/** The start of goods named before "from" a state ("[steel imports] from Canada"), past "on", or undefined. */
function goodsBefore(tokens: Token[], from: number): number | undefined {
  if (!GOODS.has(tokens[from - 1]?.lower ?? '')) return undefined;
  let first = from - 1;
  while (first - 1 >= 0 && from - first < GOODS_SPAN && isGoodsWord(tokens[first - 1])) first--;
  return penaltyBefore(tokens, first - 1) ? first : undefined;
}

/**
 * The sentence's mentions with each state whose goods a penalty falls on stretched over the goods: "on [Chinese
 * goods]", "on [imports from Canada]". The sentence is returned as it was when none is.
 */
export function withGoodsOf(found: SentenceMentions): SentenceMentions {
  const { tokens } = found.sentence;
  let changed = false;
  const mentions = found.mentions.map((m): Mention => {
    // A state or a union of states ("European spirits"); a person has no goods of their own.
    if (m.actor.kind === 'person' || m.actor.kind === 'group' || m.joint) return m;
    if (penaltyBefore(tokens, m.start - 1)) {
      const end = goodsAfter(tokens, m.end);
      if (end !== undefined) {
        changed = true;
        return { ...m, end };
      }
    }
    if (tokens[m.start - 1]?.lower === 'from') {
      const start = goodsBefore(tokens, m.start - 1);
      const free = start !== undefined && !found.mentions.some((o) => o.end > start && o.start < m.start);
      if (start !== undefined && free) {
        changed = true;
        return { ...m, start };
      }
    }
    return m;
  });
  return changed ? { ...found, mentions } : found;
}
