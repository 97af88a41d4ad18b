// International organisations, blocs, alliances and the best-known armed movements of world politics, by the names
// and acronyms news writes them with. A name here that the registry also knows is the registry's actor; any other
// is proposed as a new organisation under the stable id given here.

export interface OrganisationEntry {
  /** The id a proposed actor takes: the same in every article. */
  id: string;
  name: string;
  /** Every other form, acronyms and dotted forms included ("U.N."). */
  forms: readonly string[];
  /** The state a body of one state belongs to (ISO 3166-1 alpha-3): "the Pentagon" is of the United States. */
  country?: string;
}

export const ORGANISATIONS: readonly OrganisationEntry[] = [
  // The United Nations and its main organs and agencies.
  { id: 'united-nations', name: 'United Nations', forms: ['UN', 'U.N.'] },
  {
    id: 'un-security-council',
    name: 'UN Security Council',
    forms: [
      'U.N. Security Council',
      'United Nations Security Council',
      'UN Security Council',
      'Security Council',
      'UNSC',
    ],
  },
  {
    id: 'un-general-assembly',
    name: 'UN General Assembly',
    forms: ['U.N. General Assembly', 'United Nations General Assembly'],
  },
  {
    id: 'un-human-rights-council',
    name: 'UN Human Rights Council',
    forms: ['U.N. Human Rights Council', 'United Nations Human Rights Council'],
  },
  {
    id: 'unhcr',
    name: 'UNHCR',
    forms: ['U.N. refugee agency', 'UN refugee agency', 'United Nations High Commissioner for Refugees'],
  },
  { id: 'unicef', name: 'UNICEF', forms: ["United Nations Children's Fund"] },
  { id: 'world-food-programme', name: 'World Food Programme', forms: ['World Food Program', 'WFP'] },
  { id: 'world-health-organization', name: 'World Health Organization', forms: ['WHO'] },
  { id: 'iaea', name: 'International Atomic Energy Agency', forms: ['IAEA'] },
  { id: 'international-criminal-court', name: 'International Criminal Court', forms: ['ICC'] },
  {
    id: 'international-court-of-justice',
    name: 'International Court of Justice',
    forms: ['ICJ', 'World Court'],
  },
  // Economic bodies.
  { id: 'wto', name: 'World Trade Organization', forms: ['WTO', 'World Trade Organisation'] },
  { id: 'imf', name: 'International Monetary Fund', forms: ['IMF'] },
  { id: 'world-bank', name: 'World Bank', forms: [] },
  { id: 'opec', name: 'OPEC', forms: ['Organization of the Petroleum Exporting Countries', 'OPEC+'] },
  { id: 'g7', name: 'Group of Seven', forms: ['G7', 'G-7'] },
  { id: 'g20', name: 'Group of 20', forms: ['G20', 'G-20', 'Group of Twenty'] },
  { id: 'brics', name: 'BRICS', forms: [] },
  { id: 'apec', name: 'Asia-Pacific Economic Cooperation', forms: ['APEC'] },
  // The European Union and its institutions.
  { id: 'european-union', name: 'European Union', forms: ['EU', 'E.U.'] },
  { id: 'european-commission', name: 'European Commission', forms: [] },
  { id: 'european-parliament', name: 'European Parliament', forms: [] },
  { id: 'european-central-bank', name: 'European Central Bank', forms: ['ECB'] },
  // Alliances and regional organisations.
  { id: 'nato', name: 'NATO', forms: ['North Atlantic Treaty Organization', 'N.A.T.O.'] },
  {
    id: 'osce',
    name: 'Organization for Security and Co-operation in Europe',
    forms: ['OSCE', 'Organization for Security and Cooperation in Europe'],
  },
  { id: 'asean', name: 'Association of Southeast Asian Nations', forms: ['ASEAN'] },
  { id: 'african-union', name: 'African Union', forms: [] },
  { id: 'arab-league', name: 'Arab League', forms: ['League of Arab States'] },
  { id: 'gulf-cooperation-council', name: 'Gulf Cooperation Council', forms: ['GCC'] },
  { id: 'organization-of-american-states', name: 'Organization of American States', forms: ['OAS'] },
  { id: 'ecowas', name: 'Economic Community of West African States', forms: ['ECOWAS'] },
  { id: 'alliance-of-sahel-states', name: 'Alliance of Sahel States', forms: [] },
  { id: 'sadc', name: 'Southern African Development Community', forms: ['SADC'] },
  { id: 'east-african-community', name: 'East African Community', forms: ['EAC'] },
  { id: 'mercosur', name: 'Mercosur', forms: ['MERCOSUR'] },
  {
    id: 'oecd',
    name: 'Organisation for Economic Co-operation and Development',
    forms: [
      'OECD',
      'Organization for Economic Cooperation and Development',
      'Organization for Economic Co-operation and Development',
      'Organisation for Economic Cooperation and Development',
    ],
  },
  {
    id: 'opcw',
    name: 'Organisation for the Prohibition of Chemical Weapons',
    forms: ['OPCW', 'Organization for the Prohibition of Chemical Weapons'],
  },
  {
    id: 'shanghai-cooperation-organization',
    name: 'Shanghai Cooperation Organization',
    forms: ['SCO', 'Shanghai Cooperation Organisation'],
  },
  { id: 'csto', name: 'Collective Security Treaty Organization', forms: ['CSTO'] },
  {
    id: 'organisation-of-islamic-cooperation',
    name: 'Organisation of Islamic Cooperation',
    forms: ['Organization of Islamic Cooperation', 'OIC'],
  },
  { id: 'quad', name: 'Quad', forms: ['Quadrilateral Security Dialogue'] },
  { id: 'aukus', name: 'AUKUS', forms: [] },
  { id: 'interpol', name: 'Interpol', forms: ['INTERPOL'] },
  { id: 'council-of-europe', name: 'Council of Europe', forms: [] },
  { id: 'european-council', name: 'European Council', forms: [] },
  {
    id: 'palestine-liberation-organization',
    name: 'Palestine Liberation Organization',
    forms: ['PLO', 'Palestine Liberation Organisation'],
  },
  { id: 'palestinian-authority', name: 'Palestinian Authority', forms: [] },
  // More agencies of the United Nations, by the names news gives them.
  {
    id: 'unrwa',
    name: 'UNRWA',
    forms: ['United Nations Relief and Works Agency for Palestine Refugees in the Near East'],
  },
  {
    id: 'ocha',
    name: 'UN Office for the Coordination of Humanitarian Affairs',
    forms: ['OCHA', 'U.N. Office for the Coordination of Humanitarian Affairs'],
  },
  { id: 'undp', name: 'UN Development Programme', forms: ['UNDP', 'United Nations Development Programme'] },
  { id: 'unesco', name: 'UNESCO', forms: [] },
  {
    id: 'fao',
    name: 'Food and Agriculture Organization',
    forms: ['FAO', 'U.N. Food and Agriculture Organization', 'UN Food and Agriculture Organization'],
  },
  {
    id: 'international-organization-for-migration',
    name: 'International Organization for Migration',
    forms: ['IOM'],
  },
  {
    id: 'ohchr',
    name: 'UN Human Rights Office',
    forms: [
      'OHCHR',
      'U.N. Human Rights Office',
      'UN human rights office',
      'U.N. human rights office',
      'Office of the High Commissioner for Human Rights',
    ],
  },
  // Rights groups, press-freedom watchdogs and relief bodies that news quotes as actors.
  { id: 'human-rights-watch', name: 'Human Rights Watch', forms: ['HRW'] },
  { id: 'amnesty-international', name: 'Amnesty International', forms: [] },
  { id: 'aclu', name: 'American Civil Liberties Union', forms: ['ACLU'] },
  {
    id: 'reporters-without-borders',
    name: 'Reporters Without Borders',
    forms: ['Reporters Sans Frontières'],
  },
  { id: 'committee-to-protect-journalists', name: 'Committee to Protect Journalists', forms: ['CPJ'] },
  {
    id: 'doctors-without-borders',
    name: 'Doctors Without Borders',
    forms: ['MSF', 'Médecins Sans Frontières', 'Medecins Sans Frontieres'],
  },
  {
    id: 'icrc',
    name: 'International Committee of the Red Cross',
    forms: ['ICRC', 'Red Cross'],
  },
  // Bodies of one state that news names apart from it: defence, intelligence, guards, legislatures.
  {
    id: 'us-department-of-defense',
    name: 'US Department of Defense',
    forms: ['Pentagon', 'U.S. Department of Defense', 'Department of Defense', 'Defense Department'],
    country: 'USA',
  },
  { id: 'central-intelligence-agency', name: 'Central Intelligence Agency', forms: ['CIA'], country: 'USA' },
  {
    id: 'federal-bureau-of-investigation',
    name: 'Federal Bureau of Investigation',
    forms: ['FBI'],
    country: 'USA',
  },
  {
    id: 'islamic-revolutionary-guard-corps',
    name: 'Islamic Revolutionary Guard Corps',
    forms: [
      'IRGC',
      'Revolutionary Guards',
      'Revolutionary Guard',
      'Revolutionary Guard Corps',
      'Islamic Revolutionary Guards Corps',
    ],
    country: 'IRN',
  },
  {
    id: 'us-department-of-homeland-security',
    name: 'US Department of Homeland Security',
    forms: [
      'Department of Homeland Security',
      'U.S. Department of Homeland Security',
      'Homeland Security Department',
      'DHS',
    ],
    country: 'USA',
  },
  {
    id: 'us-immigration-and-customs-enforcement',
    name: 'US Immigration and Customs Enforcement',
    forms: ['Immigration and Customs Enforcement', 'U.S. Immigration and Customs Enforcement', 'ICE'],
    country: 'USA',
  },
  {
    id: 'us-customs-and-border-protection',
    name: 'US Customs and Border Protection',
    forms: ['Customs and Border Protection', 'U.S. Customs and Border Protection', 'CBP'],
    country: 'USA',
  },
  {
    id: 'us-department-of-justice',
    name: 'US Department of Justice',
    forms: ['Department of Justice', 'U.S. Department of Justice', 'Justice Department', 'DOJ'],
    country: 'USA',
  },
  {
    id: 'us-department-of-the-treasury',
    name: 'US Department of the Treasury',
    forms: ['Department of the Treasury', 'Treasury Department', 'U.S. Treasury', 'US Treasury'],
    country: 'USA',
  },
  {
    id: 'usaid',
    name: 'US Agency for International Development',
    forms: ['U.S. Agency for International Development', 'USAID'],
    country: 'USA',
  },
  { id: 'mossad', name: 'Mossad', forms: [], country: 'ISR' },
  { id: 'knesset', name: 'Knesset', forms: [], country: 'ISR' },
  { id: 'russian-state-duma', name: 'State Duma', forms: ['Duma'], country: 'RUS' },
  { id: 'federal-security-service', name: 'Federal Security Service', forms: ['FSB'], country: 'RUS' },
  // Ruling parties of one-party states, named apart from their state.
  {
    id: 'chinese-communist-party',
    name: 'Chinese Communist Party',
    forms: ['Communist Party of China', 'CCP'],
  },
  {
    id: 'workers-party-of-korea',
    name: "Workers' Party of Korea",
    forms: ['Workers’ Party of Korea', 'WPK'],
  },
  // Armed movements with a structure and leaders.
  {
    id: 'islamic-state',
    name: 'Islamic State',
    forms: ['IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'Islamic State of Iraq and Syria'],
  },
  { id: 'al-qaeda', name: 'al-Qaeda', forms: ['al-Qaida', 'al Qaeda', 'al Qaida', 'Al-Qaeda', 'Al-Qaida'] },
  { id: 'taliban', name: 'Taliban', forms: [] },
  {
    id: 'tehreek-e-taliban-pakistan',
    name: 'Tehreek-e-Taliban Pakistan',
    forms: ['TTP', 'Pakistani Taliban'],
  },
  { id: 'hamas', name: 'Hamas', forms: [] },
  { id: 'hezbollah', name: 'Hezbollah', forms: ['Hizbollah', 'Hizballah'] },
  { id: 'palestinian-islamic-jihad', name: 'Palestinian Islamic Jihad', forms: [] },
  {
    id: 'houthis',
    name: 'Houthis',
    forms: ['Houthi movement', 'Ansar Allah', 'Houthi', 'Houthi rebels', 'Houthi militants'],
  },
  { id: 'al-shabab', name: 'al-Shabab', forms: ['al-Shabaab', 'Al-Shabab', 'Al-Shabaab'] },
  { id: 'boko-haram', name: 'Boko Haram', forms: [] },
  { id: 'pkk', name: "Kurdistan Workers' Party", forms: ['PKK'] },
  { id: 'muslim-brotherhood', name: 'Muslim Brotherhood', forms: [] },
  {
    id: 'islamic-state-west-africa-province',
    name: 'Islamic State West Africa Province',
    forms: ['ISWAP', 'IS West Africa'],
  },
  {
    id: 'islamic-state-sahel-province',
    name: 'Islamic State Sahel Province',
    forms: ['IS Sahel', 'Islamic State Sahel', 'ISSP'],
  },
  {
    id: 'is-somalia',
    name: 'IS-Somalia',
    forms: ['Islamic State Somalia', 'Islamic State Somalia Province'],
  },
  {
    id: 'jnim',
    name: "Jama'at Nusrat al-Islam wal-Muslimin",
    forms: ['JNIM', 'Jama’at Nusrat al-Islam wal-Muslimin'],
  },
  { id: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', forms: ['HTS'] },
  { id: 'syrian-democratic-forces', name: 'Syrian Democratic Forces', forms: ['SDF'] },
  { id: 'rapid-support-forces', name: 'Rapid Support Forces', forms: ['RSF'] },
  { id: 'wagner-group', name: 'Wagner Group', forms: [] },
  { id: 'm23', name: 'M23', forms: ['March 23 Movement'] },
  { id: 'fatah', name: 'Fatah', forms: [] },
  {
    id: 'islamic-state-khorasan',
    name: 'Islamic State Khorasan',
    forms: ['Islamic State Khorasan Province', 'ISIS-K', 'IS-K', 'ISKP'],
  },
];
