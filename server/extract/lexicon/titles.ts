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
  'executive director',
  'managing director',
  'commander',
  'founder',
  'governor',
  'mayor',
  'dictator',
  'ruler',
  'monarch',
  'emir',
  'sultan',
  'caliph',
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

/**
 * Titles of callings outside government: research, teaching, analysis, the press. "Chinese scholar X" or "a Turkish
 * analyst" says where the holder is from, not that they work for the state.
 */
export const PRIVATE_TITLE_WORDS: readonly string[] = [
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
  'journalist',
  'columnist',
  'commentator',
  'historian',
  'political scientist',
  'sinologist',
  'lawyer',
  'attorney',
  'activist',
  'businessman',
  'businesswoman',
  'resident',
  'mother',
  'father',
  'student',
  'teacher',
  'doctor',
  'farmer',
  'villager',
  'witness',
  'survivor',
  'writer',
  'entrepreneur',
];

/** Titles of members, officials and staff: "Foreign Minister Wang Yi", "a professor at". */
export const MEMBER_TITLES: readonly string[] = [
  'co-founder',
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
  'rapporteur',
  'special rapporteur',
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
  ...PRIVATE_TITLE_WORDS,
  'member',
  'deputy director',
  'vice chairman',
  'counterpart',
  'foreign policy adviser',
  'foreign policy advisor',
  'security adviser',
  'security advisor',
  'permanent representative',
  'deputy ambassador',
  'commerce secretary',
  'defence secretary',
  'foreign secretary',
  'home secretary',
  'attorney general',
  'lieutenant general',
  'major general',
  'brigadier general',
  'colonel',
  'lieutenant colonel',
  'vice admiral',
  'rear admiral',
  // Ranks as abbreviated before a name ("Lt. Gen. Ahmed Sharif Chaudhry"): no part of the name.
  'gen.',
  'lt. gen.',
  'maj. gen.',
  'brig. gen.',
  'col.',
  'lt. col.',
  'adm.',
  'vice adm.',
  'rear adm.',
  'prosecutor',
  'judge',
  'commissioner',
  'high commissioner',
  'sister',
  'brother',
  'daughter',
  'son',
];

/**
 * Titles of a government's members besides its ministers: capitalised before a name with no state ("Attorney
 * General X"), of the state the article is about, as a minister's title is.
 */
export const CABINET_TITLES: readonly string[] = ['attorney general'];

/**
 * Fields of a government's departments, written after "Minister of" or "Secretary of" and before the holder's name:
 * "Minister of Justice Jane Roe", "Secretary of Defense John Doe".
 */
export const MINISTRY_FIELDS: readonly string[] = [
  'justice',
  'defense',
  'defence',
  'national defense',
  'national defence',
  'foreign affairs',
  'home affairs',
  'internal affairs',
  'interior',
  'the interior',
  'finance',
  'health',
  'education',
  'information',
  'agriculture',
  'trade',
  'foreign trade',
  'commerce',
  'industry',
  'energy',
  'labor',
  'labour',
  'transport',
  'transportation',
  'environment',
  'culture',
  'economy',
  'planning',
  'public security',
  'state security',
  'security',
  'tourism',
  'communications',
  'homeland security',
  'veterans affairs',
  'housing',
  'the armed forces',
  'armed forces',
  'economic affairs',
  'science',
  'water',
  'mines',
  'petroleum',
  'oil',
];

/** Words between a title and the body it belongs to: "director of", "professor at". */
export const ROLE_PREPOSITIONS: readonly string[] = ['of', 'at', 'for', 'with', 'in'];

/** Nouns that name a person's spouse: "X and first lady Y", "X's wife, Y". */
export const SPOUSE_WORDS: readonly string[] = ['wife', 'husband', 'first lady', 'spouse'];

/**
 * Titles that name their state when written as a title before a name with no state ("Commerce Secretary Howard
 * Lutnick", "Home Secretary"): cabinet posts only one state's government calls so.
 */
export const TITLE_STATES: Readonly<Record<string, string>> = {
  'secretary of state': 'USA',
  'deputy secretary of state': 'USA',
  'treasury secretary': 'USA',
  'commerce secretary': 'USA',
  'defense secretary': 'USA',
  'national security adviser': 'USA',
  'national security advisor': 'USA',
  'home secretary': 'GBR',
  'foreign secretary': 'GBR',
  'defence secretary': 'GBR',
};

/**
 * The body a title's holder heads, by the names news gives it: the holder LEADS that body when the registry has
 * it (and it is of the title's state), instead of being a member of the state.
 */
export const TITLE_BODIES: Readonly<Record<string, readonly string[]>> = {
  'secretary of state': ['US Department of State', 'Department of State', 'State Department'],
  'treasury secretary': [
    'US Department of the Treasury',
    'Department of the Treasury',
    'Treasury Department',
  ],
  'defense secretary': [
    'US Department of Defense',
    'Department of Defense',
    'Defense Department',
    'Pentagon',
  ],
  'commerce secretary': ['US Department of Commerce', 'Department of Commerce', 'Commerce Department'],
};

/** Titles of envoys to another state or a body: "Ambassador to the United Nations". */
export const ENVOY_TITLE_WORDS: readonly string[] = [
  'envoy',
  'special envoy',
  'ambassador',
  'deputy ambassador',
  'representative',
  'permanent representative',
  'diplomat',
];

/** Titles read as one when a later mention names the holder by another: "the Pakistani envoy" (an ambassador). */
export const TITLE_GROUPS: readonly (readonly string[])[] = [
  ENVOY_TITLE_WORDS,
  ['secretary of state', 'foreign minister', 'foreign secretary', 'top diplomat'],
];

/** Heads of a phrase that quotes a person without a name: "a senior State Department official". */
export const UNNAMED_HEADS: readonly string[] = ['official', 'diplomat'];

/** Words before such a head that say which official: "a former senior government official". */
export const UNNAMED_MODIFIERS: readonly string[] = [
  'senior',
  'former',
  'top',
  'high-ranking',
  'high',
  'ranking',
  'retired',
  'government',
  'administration',
  'military',
  'intelligence',
  'defense',
  'security',
  'foreign',
  'ministry',
];

/** Adjectives of a title's field: "Hamas political chief", "the EU's foreign policy chief". */
export const FIELD_ADJECTIVE_WORDS: readonly string[] = [
  'political',
  'military',
  'foreign',
  'economic',
  'religious',
  'spiritual',
  'diplomatic',
  'legal',
  'financial',
  'nuclear',
  'judicial',
  'provincial',
  'regional',
  'municipal',
];

/** Words that may stand between a state and a title: "Turkish presidential adviser", "U.S. deputy envoy". */
export const TITLE_MODIFIER_WORDS: readonly string[] = [
  'presidential',
  'deputy',
  'senior',
  'top',
  'chief',
  'acting',
  'interim',
  'new',
  'permanent',
  'outgoing',
  'incoming',
  'current',
  'incumbent',
  'sitting',
  'longtime',
  'long-time',
  'veteran',
  'powerful',
  'influential',
  'high-profile',
  'emeritus',
  'associate',
  'assistant',
  'visiting',
  'adjunct',
];
