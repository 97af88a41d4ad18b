// The member states of international bodies whose membership is fixed and public: a fact table, read when a
// sentence names a body together with states that belong to it ("ministers from Britain, Canada, France ...
// at the G7 talks"). Keyed by the body's id in organisations.ts; states by ISO 3166-1 alpha-3 code.
//
// Sources of truth (as published by each body): G7 and G20 members as listed by their presidencies; the UN
// Charter, Article 23 (the Security Council's permanent members); nato.int, "NATO member countries" (with the
// date each acceded); european-union.europa.eu, "EU countries" (accession dates; the United Kingdom left on
// 2020-01-31); asean.org, "Member States" (Timor-Leste admitted 2025-10-26); the Quad's and AUKUS's joint
// leaders' statements; brics-russia2024.ru and the 2023 Johannesburg declaration (members from 2024-01-01,
// Indonesia from 2025-01-06); gcc-sg.org; the Arab League's charter and later accessions; au.int, "Member
// States" (Morocco readmitted 2017-01-30, South Sudan 2011-07-28); ecowas.int (Burkina Faso, Mali and Niger
// left on 2025-01-29); sectsco.org (India and Pakistan from 2017-06-09, Iran 2023-07-04, Belarus 2024-07-04);
// odkb-csto.org.

/** A member state, and when it joined or left if that is recent enough to matter for news (YYYY-MM-DD). */
export interface Member {
  iso3: string;
  from?: string;
  until?: string;
}

const members = (codes: string, from?: string, until?: string): Member[] =>
  codes.split(/\s+/).map((iso3) => ({ iso3, ...(from ? { from } : {}), ...(until ? { until } : {}) }));

export const MEMBERSHIPS: Readonly<Record<string, readonly Member[]>> = {
  g7: members('CAN FRA DEU ITA JPN GBR USA'),
  g20: members('ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA'),
  // Only the five permanent members: the ten elected seats rotate every two years.
  'un-security-council': members('CHN FRA RUS GBR USA'),
  nato: [
    ...members('BEL CAN DNK FRA ISL ITA LUX NLD NOR PRT GBR USA GRC TUR DEU ESP'),
    ...members('CZE HUN POL', '1999-03-12'),
    ...members('BGR EST LVA LTU ROU SVK SVN', '2004-03-29'),
    ...members('ALB HRV', '2009-04-01'),
    ...members('MNE', '2017-06-05'),
    ...members('MKD', '2020-03-27'),
    ...members('FIN', '2023-04-04'),
    ...members('SWE', '2024-03-07'),
  ],
  'european-union': [
    ...members('BEL FRA DEU ITA LUX NLD DNK IRL GRC PRT ESP'),
    ...members('AUT FIN SWE', '1995-01-01'),
    ...members('CYP CZE EST HUN LVA LTU MLT POL SVK SVN', '2004-05-01'),
    ...members('BGR ROU', '2007-01-01'),
    ...members('HRV', '2013-07-01'),
    ...members('GBR', undefined, '2020-01-31'),
  ],
  asean: [...members('BRN KHM IDN LAO MYS MMR PHL SGP THA VNM'), ...members('TLS', '2025-10-26')],
  quad: members('AUS IND JPN USA'),
  aukus: members('AUS GBR USA', '2021-09-15'),
  brics: [
    ...members('BRA RUS IND CHN'),
    ...members('ZAF', '2011-04-14'),
    ...members('EGY ETH IRN ARE', '2024-01-01'),
    ...members('IDN', '2025-01-06'),
  ],
  'gulf-cooperation-council': members('BHR KWT OMN QAT SAU ARE'),
  'arab-league': members(
    'DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM',
  ),
  'african-union': [
    ...members(
      'DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN ' +
        'LSO LBR LBY MDG MWI MLI MRT MUS MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SDN TZA TGO TUN UGA ZMB ZWE',
    ),
    ...members('SSD', '2011-07-28'),
    ...members('MAR', '2017-01-30'),
  ],
  ecowas: [
    ...members('BEN CPV CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO'),
    ...members('BFA MLI NER', undefined, '2025-01-29'),
  ],
  'shanghai-cooperation-organization': [
    ...members('CHN KAZ KGZ RUS TJK UZB'),
    ...members('IND PAK', '2017-06-09'),
    ...members('IRN', '2023-07-04'),
    ...members('BLR', '2024-07-04'),
  ],
  csto: members('ARM BLR KAZ KGZ RUS TJK'),
};

/** True when `iso3` belongs to the body on `day` (YYYY-MM-DD; any day when unknown but a member now). */
export function isMember(body: string, iso3: string, day: string | undefined): boolean {
  const member = MEMBERSHIPS[body]?.find((m) => m.iso3 === iso3);
  if (!member) return false;
  if (!day) return !member.until;
  return (!member.from || member.from <= day) && (!member.until || day < member.until);
}
