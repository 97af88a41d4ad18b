// Titles and roles of people as news writes them: which ones head what they belong to (LEADS) and which are members
// (AFFILIATED_WITH). Lower-case; several words allowed. Longer titles are tried first.

/** Titles whose holder heads the state or body named with them: "Chinese President Xi Jinping". */
export const HEAD_TITLES: readonly string[] = [
  'president',
  'prime minister',
  'premier',
  'leader',
  'supreme leader',
  'king',
  'queen',
  'emperor',
  'chancellor',
  'chairman',
  'chairwoman',
  'chair',
  'general secretary',
  'secretary general',
  'secretary-general',
  'director',
  'director general',
  'director-general',
  'head',
  'chief',
  'chief executive',
  'commander',
  'founder',
  'governor',
  'mayor',
  'dictator',
  'ruler',
  'monarch',
  'secretary of state',
];

/**
 * Head titles that head a whole state when a state is named with them ("Egyptian President", "Japan's prime
 * minister"). Any other head title with a state ("U.S. Secretary of State", "Chinese commander") heads a body of
 * that state, not the state: the tie to the state is then membership.
 */
export const STATE_HEAD_TITLES: readonly string[] = [
  'president',
  'prime minister',
  'premier',
  'leader',
  'supreme leader',
  'king',
  'queen',
  'emperor',
  'emir',
  'sultan',
  'chancellor',
  'chairman',
  'dictator',
  'ruler',
  'monarch',
];

/** Words before a title saying its holder no longer holds it: "former Syrian president". */
export const FORMER_WORDS: readonly string[] = [
  'former',
  'ex',
  'late',
  'then',
  'ousted',
  'deposed',
  'retired',
];

/** Titles of members, officials and staff: "Foreign Minister Wang Yi", "a professor at". */
export const MEMBER_TITLES: readonly string[] = [
  'foreign minister',
  'defense minister',
  'defence minister',
  'finance minister',
  'minister',
  'deputy minister',
  'vice minister',
  'vice president',
  'crown prince',
  'chief of staff',
  'presidential adviser',
  'presidential advisor',
  'presidential spokesman',
  'vice foreign minister',
  'deputy prime minister',
  'secretary',
  'defense secretary',
  'treasury secretary',
  'deputy secretary of state',
  'assistant secretary of state',
  'national security adviser',
  'national security advisor',
  'adviser',
  'advisor',
  'ambassador',
  'envoy',
  'special envoy',
  'special representative',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'senior official',
  'diplomat',
  'senator',
  'lawmaker',
  'congressman',
  'congresswoman',
  'representative',
  'general',
  'admiral',
  'professor',
  'associate professor',
  'assistant professor',
  'researcher',
  'research fellow',
  'senior research fellow',
  'fellow',
  'senior fellow',
  'analyst',
  'expert',
  'scholar',
  'economist',
  'reporter',
  'correspondent',
  'editor',
  'member',
  'deputy director',
  'vice chairman',
  'sister',
  'brother',
  'daughter',
  'son',
];

/** Words between a title and the body it belongs to: "director of", "professor at". */
export const ROLE_PREPOSITIONS: readonly string[] = ['of', 'at', 'for', 'with', 'in'];

/** Nouns that name a person's spouse: "X and first lady Y", "X's wife, Y". */
export const SPOUSE_WORDS: readonly string[] = ['wife', 'husband', 'first lady', 'spouse'];
