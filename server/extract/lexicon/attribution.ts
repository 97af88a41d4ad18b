// Words that say whose account a sentence gives, how sure it is, and when it asserts nothing at all.

/** Verbs of reported speech: "X said", "said X". The account becomes X's claim. */
export const SPEECH_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'states',
  'announced',
  'announces',
  'noted',
  'notes',
  'wrote',
  'writes',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'reported',
  'reports',
  'recalled',
  'recalls',
  'revealed',
  'reveals',
  'explained',
  'explains',
  'declared',
  'declares',
  'confirmed',
  'confirms',
  'pointed out',
  'points out',
  'asserted',
  'asserts',
  'alleged',
  'alleges',
  'quoted',
  'argued',
  'argues',
  'contended',
  'contends',
  'stressed',
  'stresses',
  'emphasized',
  'emphasizes',
  'emphasised',
  'emphasises',
  'acknowledged',
  'acknowledges',
  'admitted',
  'admits',
  'remarked',
  'tweeted',
  // "X pointed to China's punitive measures against Australia": what is cited is the speaker's account.
  'pointed to',
  'points to',
];

/**
 * The plural present of verbs of reported speech: "U.S. officials say", "Iranian media report". Kept apart from
 * SPEECH_VERBS, which also tells a name from the words after it: "say" follows "to", "would" and "I" too often.
 */
export const PLURAL_SPEECH_VERBS: readonly string[] = [
  'say',
  'tell',
  'add',
  'state',
  'note',
  'claim',
  'insist',
  'report',
  'confirm',
  'allege',
  'argue',
];

/**
 * Verbs of accusing: "China accused the United States of attacking North Korea". The accusation is a fact; what
 * it charges (the attack) is the accuser's claim.
 */
export const ACCUSING_VERBS: readonly string[] = [
  'accused',
  'accuses',
  'accusing',
  'accuse',
  'blamed',
  'blames',
  'blaming',
  'blame',
  'charged',
  'charges',
];

/**
 * Participles of speech after a main clause and a comma: "Iran rejected the offer, saying Washington was
 * threatening it". What follows is the account of the main clause's subject, not a fact of the story.
 */
export const SPEAKING_PARTICIPLES: readonly string[] = [
  'saying',
  'claiming',
  'insisting',
  'arguing',
  'stating',
  'alleging',
  'asserting',
  'contending',
  // "adding to the pressure", "noting the date": only with "that" do these tell.
  'adding that',
  'noting that',
];

/**
 * Phrases that report what unnamed reports say, without saying it: "said it was aware of reports that ...". What
 * the reports tell is asserted by nobody named, as with "reportedly".
 */
export const UNNAMED_REPORTS: readonly string[] = [
  'aware of reports',
  'aware of the reports',
  'aware of media reports',
  'aware of a report',
  'aware of the report',
  'seen reports',
  'seen the reports',
  'heard reports',
  'looking into reports',
  'looking into the reports',
  'investigating reports',
  'reviewing reports',
];

/** Verbs of opinion: "X believes". The reading becomes X's assessment. */
export const OPINION_VERBS: readonly string[] = [
  'believes',
  'believed',
  'believe',
  'thinks',
  'think',
  'thought',
  'expects',
  'suspects',
  'suspected',
  'predicts',
  'predicted',
  'speculated',
  'speculates',
  'assessed',
  'assesses',
  'judged',
  'judges',
  'estimated',
  'estimates',
  'suggested',
  'suggests',
  'warned',
  'warns',
  'doubts',
  'doubted',
  'cautioned',
  'cautions',
];

/** Phrases that name the source of what follows: "according to X". */
export const SOURCE_PHRASES: readonly string[] = ['according to', 'as reported by', 'in the words of'];

/** Documents whose author asserts what they say: "X's memoir", "according to the memoir". */
export const AUTHORED_WORKS: readonly string[] = [
  'memoir',
  'memoirs',
  'book',
  'statement',
  'report',
  'letter',
  'speech',
  'address',
  'interview',
  'op-ed',
];

/** Hedges that make a statement a reading when they stand between its subject and its verb ("Kim may ask"). */
export const HEDGES: readonly string[] = [
  'probably',
  'likely',
  'unlikely',
  'apparently',
  'possibly',
  'perhaps',
  'presumably',
  'seemingly',
  'may',
  'might',
  'could',
  'would',
  'appears to',
  'appeared to',
  'appear to',
  'seems to',
  'seemed to',
  'seem to',
  'expected to',
  'believed to',
  'thought to',
  'is said to',
  'are said to',
  'aims to',
  'seeks to',
  'wants to',
  'want to',
  'hopes to',
  'hoping to',
  'intends to',
  'intend to',
  'likely to',
  // Readiness and offers: an act offered, not done ("said it was ready to support Kenya").
  'ready to',
  'willing to',
  'prepared to',
  'offered to',
  'offers to',
  'offer to',
  'offering to',
  'reportedly',
  'purportedly',
  'purported',
  'allegedly',
];

/** Hedges that make the whole sentence a reading, wherever they stand ("analysts say", "can be read as"). */
export const SENTENCE_HEDGES: readonly string[] = [
  'can be read',
  'can be seen',
  'can be taken',
  'can be regarded',
  'can regard',
  'is seen as',
  'are seen as',
  'it is possible',
  'possibility',
  'presumed',
  'analysts say',
  'analysts said',
  'analysts believe',
  'experts say',
  'experts said',
  'experts believe',
  'widely seen',
  'widely regarded',
  'widely viewed',
  'is seen to',
  'are seen to',
  'is viewed as',
  'are viewed as',
  'is regarded as',
  'are regarded as',
  'observers',
  'some believe',
  'some say',
  'some think',
  'it is believed',
  'it is expected',
  'it seems',
  'it appears',
  'suggests that',
  'i think',
  'we think',
  'i believe',
  'we believe',
  'safe to assume',
  'evaluated',
  'analysis suggests',
];

/** Words that deny what follows in the same clause. */
export const NEGATIONS: readonly string[] = [
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'failed to',
  'fail to',
  'fails to',
  'refused to',
  'refuses to',
  'refusing to',
  'refuse to',
  'refrained from',
  'refrains from',
  'refraining from',
  'refrain from',
  'declined to',
  'declines to',
  'declining to',
  'reluctant to',
  'reluctance to',
  'unwilling to',
  'unwillingness to',
  'denied',
  'denies',
  'deny',
  'cannot',
  'unable to',
  'ruled out',
  'rules out',
  'unlikely to',
  'unlikely that',
  'rejected calls to',
  'rejects calls to',
  'rejecting calls to',
  'reject calls to',
  'rejected calls for',
  'rejects calls for',
  'rejected demands to',
  'rejects demands to',
  'rejected pressure to',
  'resisted calls to',
  'resisted pressure to',
  'instead of',
  'rather than',
  'stopped short of',
  'has yet to',
  'have yet to',
];

/** Words that make what follows hypothetical: a condition, a question, a wish. */
export const CONDITIONS: readonly string[] = [
  'if',
  'unless',
  'whether',
  'should',
  'in case',
  'in the event',
  'suppose',
  'supposing',
  'imagine',
  'even if',
  'as if',
  'lest',
];

/** Modals that, with a condition in the sentence, make a statement hypothetical: "would meet ... if". */
export const HYPOTHETICAL_MODALS: readonly string[] = ['would', 'could', 'might', "'d"];

/** Words opening a clause that states what someone wants done, not what was done: "propose that X ease ...". */
export const IRREALIS_CLAUSES: readonly string[] = [
  'propose that',
  'proposed that',
  'proposes that',
  'suggest that',
  'suggested that',
  'suggests that',
  'demand that',
  'demanded that',
  'demands that',
  'asked that',
  'urged that',
  'recommend that',
  'recommended that',
  'insisted that',
  'insists that',
];

/**
 * Words before an infinitive ("is due to meet", "agreed to visit") that keep its subject the clause's: the
 * infinitive states what that subject does, will do or means to do. Any other "to" before a verb ("efforts to
 * impose", "China to meet") leaves the doer unsaid.
 */
export const INFINITIVE_HOSTS: readonly string[] = [
  'due',
  'set',
  'scheduled',
  'expected',
  'going',
  'plan',
  'plans',
  'planned',
  'planning',
  'agreed',
  'agree',
  'agrees',
  'decided',
  'decide',
  'vowed',
  'vows',
  'pledged',
  'promised',
  'hopes',
  'hoped',
  'intends',
  'intended',
  'seeks',
  'sought',
  'tried',
  'tries',
  'trying',
  'attempted',
  'likely',
  'ready',
  'willing',
  'began',
  'begun',
  'continued',
  'continues',
  'moved',
  'threatened',
  'threatens',
  'used',
  'offered',
  'prepared',
  'preparing',
  'poised',
];

/**
 * Verbs of asking whose "to ..." states what is asked for: "urged Beijing to impose sanctions on ...", and of
 * threatening, whose "to ..." states what is threatened, not done: "threatened to impose sanctions on ...".
 */
export const ASKING_VERBS: readonly string[] = [
  'threaten',
  'threatened',
  'threatens',
  'threatening',
  'ask',
  'asked',
  'asks',
  'urge',
  'urged',
  'urges',
  'called on',
  'calls on',
  'call on',
  'pressed',
  'pressing',
  'pushed',
  'pushing',
  'encouraged',
  'encourages',
  'invited',
  'invites',
  'persuade',
  'persuaded',
  'want',
  'wants',
  'wanted',
  // Nouns of asking: "rejected calls by Washington to negotiate with Hamas", "U.S. calls to negotiate", "under
  // pressure to cooperate": what is asked for is not done.
  'calls',
  'request',
  'requests',
  'demand',
  'demands',
  'appeal',
  'appeals',
  'plea',
  'pleas',
  'pressure',
  'invitation',
];

/** Verbs in the past or present that make an opinion an `ASSESSES` claim about its subject when quoted. */
export const ASSESSMENT_MARKERS: readonly string[] = [
  'think',
  'believe',
  'assume',
  'probably',
  'likely',
  'seems',
  'appears',
  'can regard',
  'is signaling',
  'is signalling',
  'wants',
  'want',
  'seeks',
  'aims',
  'focuses',
  'strategy',
  'intends',
];

/**
 * Nouns that make a person an analyst when they describe them ("Robert Manning, a senior fellow at ...", "X, who
 * is now a regional analyst"): their quoted readings are assessments, and an `ASSESSES` claim of what they read.
 * Singular only: "analysts say" speaks of others.
 */
export const ANALYST_NOUNS: readonly string[] = [
  'analyst',
  'expert',
  'professor',
  'fellow',
  'researcher',
  'scholar',
  'economist',
  'specialist',
  'lecturer',
  'strategist',
  'historian',
  'commentator',
  'political scientist',
  'think tank',
  'sinologist',
  'consultant',
  'academic',
  // "a longtime China watcher", "a Kremlin watcher".
  'watcher',
];

/**
 * Verbs of teaching and study that make a person an analyst when their object is at a body of scholars or
 * research: "X, who teaches international relations at Seoul National University", "X lectures on African
 * politics at the University of Somalia".
 */
export const TEACHING_VERBS: readonly string[] = [
  'teaches',
  'lectures',
  'studies',
  'researches',
  'specializes in',
  'specialises in',
];

/**
 * Posts whose former or retired holders speak as commentators when a story quotes them: "X, a former ambassador to
 * NATO", "retired admiral X", "a former intelligence officer". Heads of state and ministers are left out: a former
 * president or minister speaking is a politician, not an analyst.
 */
export const COMMENTING_FORMER_POSTS: readonly string[] = [
  'ambassador',
  'diplomat',
  'envoy',
  'negotiator',
  'official',
  'officer',
  'general',
  'admiral',
  'colonel',
  'commander',
  'adviser',
  'advisor',
  'intelligence',
  'spy',
  // "a former deputy secretary of state", "a former assistant secretary", "a former undersecretary": the posts
  // under a minister, whose former holders comment as analysts.
  'deputy',
  'assistant',
  'undersecretary',
];

/** Words in the name of a body of scholars: a person who belongs to one speaks as an analyst. */
export const SCHOLARLY_BODIES: readonly string[] = [
  'institute',
  'university',
  'college',
  'academy',
  'school',
];

/** Nouns of an office that make a person speak for a state or a body when they describe them ("X, an adviser"). */
export const OFFICE_NOUNS: readonly string[] = [
  'adviser',
  'advisor',
  'minister',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'diplomat',
  'secretary',
  'senator',
  'lawmaker',
  'commander',
];

/**
 * Nouns of one who speaks for another, after the other's possessive: "Dodik's lawyer, X", "X, the president's
 * spokesman,". Their words are their principal's stances, not readings of others.
 */
export const REPRESENTING_NOUNS: readonly string[] = [
  'lawyer',
  'lawyers',
  'attorney',
  'counsel',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'representative',
];

/** Relations one makes by speaking: praising, asking, demanding, accusing, rejecting, threatening, commenting. */
export const SPEECH_ACTS: readonly string[] = [
  'COMMENTS_ON',
  'REQUESTS',
  'DEMANDS',
  'SUPPORTS',
  'GUARANTEES',
  'ACCUSES',
  'REJECTS',
  'THREATENS',
];

/** Participles by which a speaker goes on about what their words concern: '..." said X, pointing out Turkey's ...'. */
export const ELABORATING_PARTICIPLES: readonly string[] = [
  'pointing out',
  'pointing to',
  'noting',
  'citing',
  'referring to',
  'adding',
];
