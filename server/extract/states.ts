// Looking states up by name, demonym or capital. The one place the extractor asks about states: it reads the
// project's gazetteer once that lands; until then a table of the states most often in the news stands in.

/** A state as the extractor needs it. */
export interface StateEntry {
  iso3: string;
  name: string;
  /** Every other form that names it: official names, short forms, demonyms, capital (used as metonym). */
  forms: string[];
}

// iso3 | name | other forms (official or short names, demonyms, capital), comma-separated.
const TABLE = `
USA|United States|United States of America,U.S.,US,U.S.A.,USA,America,American,Americans,Washington
CHN|China|People's Republic of China,PRC,Chinese,Beijing
PRK|North Korea|Democratic People's Republic of Korea,DPRK,North Korean,North Koreans,Pyongyang
KOR|South Korea|Republic of Korea,ROK,South Korean,South Koreans,Seoul
JPN|Japan|Japanese,Tokyo
RUS|Russia|Russian Federation,Russian,Russians,Moscow,Kremlin
UKR|Ukraine|Ukrainian,Ukrainians,Kyiv,Kiev
GBR|United Kingdom|U.K.,UK,Britain,Great Britain,British,London
FRA|France|French,Paris
DEU|Germany|German,Germans,Berlin
ITA|Italy|Italian,Rome
ESP|Spain|Spanish,Madrid
CAN|Canada|Canadian,Ottawa
MEX|Mexico|Mexican,Mexico City
BRA|Brazil|Brazilian,Brasilia
ARG|Argentina|Argentine,Argentinian,Buenos Aires
VEN|Venezuela|Venezuelan,Caracas
CUB|Cuba|Cuban,Havana
COL|Colombia|Colombian,Bogota
IND|India|Indian,New Delhi
PAK|Pakistan|Pakistani,Islamabad
AFG|Afghanistan|Afghan,Afghans,Kabul
IRN|Iran|Islamic Republic of Iran,Iranian,Iranians,Tehran
IRQ|Iraq|Iraqi,Iraqis,Baghdad
SYR|Syria|Syrian,Syrians,Damascus
ISR|Israel|Israeli,Israelis,Jerusalem
PSE|Palestine|State of Palestine,Palestinian,Palestinians,Ramallah
LBN|Lebanon|Lebanese,Beirut
JOR|Jordan|Jordanian,Amman
SAU|Saudi Arabia|Saudi,Saudis,Riyadh
ARE|United Arab Emirates|UAE,Emirati,Abu Dhabi
QAT|Qatar|Qatari,Doha
EGY|Egypt|Egyptian,Cairo
TUR|Turkey|Türkiye,Turkish,Ankara
YEM|Yemen|Yemeni,Sanaa
LBY|Libya|Libyan,Tripoli
SDN|Sudan|Sudanese,Khartoum
ETH|Ethiopia|Ethiopian,Addis Ababa
NGA|Nigeria|Nigerian,Abuja
ZAF|South Africa|South African,Pretoria
KEN|Kenya|Kenyan,Nairobi
TWN|Taiwan|Taiwanese,Taipei
VNM|Vietnam|Viet Nam,Vietnamese,Hanoi
PHL|Philippines|Philippine,Filipino,Manila
IDN|Indonesia|Indonesian,Jakarta
MYS|Malaysia|Malaysian,Kuala Lumpur
SGP|Singapore|Singaporean
THA|Thailand|Thai,Bangkok
MMR|Myanmar|Burma,Burmese,Naypyitaw
KHM|Cambodia|Cambodian,Phnom Penh
LAO|Laos|Lao,Vientiane
MNG|Mongolia|Mongolian,Ulaanbaatar
AUS|Australia|Australian,Canberra
NZL|New Zealand|New Zealander,Wellington
POL|Poland|Polish,Warsaw
BLR|Belarus|Belarusian,Minsk
HUN|Hungary|Hungarian,Budapest
SWE|Sweden|Swedish,Stockholm
FIN|Finland|Finnish,Helsinki
NOR|Norway|Norwegian,Oslo
NLD|Netherlands|Dutch,The Hague,Amsterdam
BEL|Belgium|Belgian,Brussels
CHE|Switzerland|Swiss,Bern,Geneva
AUT|Austria|Austrian,Vienna
GRC|Greece|Greek,Athens
SRB|Serbia|Serbian,Belgrade
GEO|Georgia|Georgian,Tbilisi
ARM|Armenia|Armenian,Yerevan
AZE|Azerbaijan|Azerbaijani,Baku
KAZ|Kazakhstan|Kazakh,Astana
UZB|Uzbekistan|Uzbek,Tashkent
`;

/** Every state the lookup knows. */
export const STATES: readonly StateEntry[] = TABLE.trim()
  .split('\n')
  .map((row) => {
    const [iso3 = '', name = '', forms = ''] = row.split('|');
    return { iso3, name, forms: forms.split(',').filter(Boolean) };
  });

const BY_ISO3 = new Map(STATES.map((state) => [state.iso3, state]));

/** The state of an ISO 3166-1 alpha-3 code. */
export function stateByCode(iso3: string): StateEntry | undefined {
  return BY_ISO3.get(iso3);
}
