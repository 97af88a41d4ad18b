// Bodies whose people speak as analysts: research institutes and policy think tanks. A person who holds a post at
// one ("vice president at the Carnegie Endowment", "director of the Korea program at the Council on Foreign
// Relations") reads the conduct of others; their quoted words are assessments.

/**
 * Words in the name of a research body: "... for International Peace" is not one, but "Endowment", "Studies",
 * "Research" and "Analytics" are. Matched as whole words of the name, case aside.
 */
export const RESEARCH_NAME_WORDS: readonly string[] = [
  'endowment',
  'think tank',
  'studies',
  'research',
  'analytics',
  'analysis',
  'policy program',
  'policy programme',
  'policy center',
  'policy centre',
  'consulting',
  'consultancy',
];

/** Words in a name that make the body an organ of a state or of its legislature, whatever else the name says. */
export const GOVERNMENT_NAME_WORDS: readonly string[] = [
  'committee',
  'senate',
  'congress',
  'parliament',
  'ministry',
  'department',
  'agency',
  'office',
  'commission',
  'service',
];

/** The best-known policy think tanks, by the names and short forms news gives them. */
export const THINK_TANKS: readonly string[] = [
  'Atlantic Council',
  'Brookings Institution',
  'Brookings',
  'Carnegie Endowment',
  'Chatham House',
  'Council on Foreign Relations',
  'European Council on Foreign Relations',
  'Center for Strategic and International Studies',
  'CSIS',
  'RAND Corporation',
  'RAND',
  'CNA',
  'Heritage Foundation',
  'Hudson Institute',
  'Cato Institute',
  'Stimson Center',
  'Wilson Center',
  'Woodrow Wilson International Center for Scholars',
  'German Marshall Fund',
  'International Crisis Group',
  'Crisis Group',
  'International Institute for Strategic Studies',
  'IISS',
  'Lowy Institute',
  'Quincy Institute',
  'Foundation for Defense of Democracies',
  'American Enterprise Institute',
  'Middle East Institute',
  'Washington Institute for Near East Policy',
  'Royal United Services Institute',
  'RUSI',
  'Stockholm International Peace Research Institute',
  'SIPRI',
  'Center for a New American Security',
  'Eurasia Group',
  'Asan Institute for Policy Studies',
  'Institute for the Study of War',
];

/** Nouns after which an appositive says what a body is: "the Atlantic Council, a foreign policy think tank". */
export const RESEARCH_BODY_NOUNS: readonly string[] = ['think tank', 'think-tank', 'research institute'];
