// The gazetteer: every way news and event data name a state resolves to its ISO alpha-3 code, and no more.
import {
  COUNTRIES,
  countryByCode,
  countryByName,
  findCountry,
  isCountryCode,
} from '../../server/model/gazetteer';

/** Every country spelling of one day of ICEWS events (Source Country, Target Country, Country), "NA" aside. */
const ICEWS_COUNTRY_NAMES = [
  'Afghanistan',
  'Algeria',
  'Andorra',
  'Argentina',
  'Armenia',
  'Australia',
  'Austria',
  'Azerbaijan',
  'Bangladesh',
  'Belarus',
  'Belgium',
  'Bosnia and Herzegovina',
  'Botswana',
  'Brazil',
  'Bulgaria',
  'Burkina Faso',
  'Burundi',
  'Cambodia',
  'Cameroon',
  'Canada',
  'Chad',
  'Chile',
  'China',
  'Colombia',
  'Comoros',
  'Congo',
  'Costa Rica',
  "Cote d'Ivoire",
  'Croatia',
  'Cuba',
  'Czech Republic',
  'Democratic Republic of Congo',
  'Egypt',
  'Equatorial Guinea',
  'Estonia',
  'Ethiopia',
  'Finland',
  'France',
  'Gambia',
  'Georgia',
  'Germany',
  'Ghana',
  'Greece',
  'Guatemala',
  'Guinea',
  'Haiti',
  'Honduras',
  'Hong Kong',
  'Hungary',
  'India',
  'Indonesia',
  'Iran',
  'Iraq',
  'Ireland',
  'Israel',
  'Italy',
  'Japan',
  'Jordan',
  'Kazakhstan',
  'Kenya',
  'Kuwait',
  'Kyrgyzstan',
  'Laos',
  'Latvia',
  'Lebanon',
  'Liberia',
  'Libya',
  'Lithuania',
  'Luxembourg',
  'Madagascar',
  'Malawi',
  'Malaysia',
  'Maldives',
  'Mali',
  'Marshall Islands',
  'Mauritania',
  'Mexico',
  'Moldova, Republic of',
  'Monaco',
  'Montenegro',
  'Morocco',
  'Mozambique',
  'Myanmar',
  'Namibia',
  'Nepal',
  'Netherlands',
  'New Zealand',
  'Nicaragua',
  'Niger',
  'Nigeria',
  'North Korea',
  'Norway',
  'Occupied Palestinian Territory',
  'Pakistan',
  'Panama',
  'Papua New Guinea',
  'Philippines',
  'Poland',
  'Portugal',
  'Qatar',
  'Romania',
  'Russian Federation',
  'Saudi Arabia',
  'Senegal',
  'Seychelles',
  'Sierra Leone',
  'Singapore',
  'Slovakia',
  'Slovenia',
  'Somalia',
  'South Africa',
  'South Korea',
  'South Sudan',
  'Spain',
  'Sri Lanka',
  'Sudan',
  'Swaziland',
  'Sweden',
  'Switzerland',
  'Syria',
  'Taiwan',
  'Tajikistan',
  'Tanzania',
  'Thailand',
  'Timor-Leste',
  'Togo',
  'Tunisia',
  'Turkey',
  'Uganda',
  'Ukraine',
  'United Arab Emirates',
  'United Kingdom',
  'United States',
  'Uruguay',
  'Uzbekistan',
  'Venezuela',
  'Vietnam',
  'Western Sahara',
  'Yemen',
  'Zimbabwe',
  'the former Yugoslav Republic of Macedonia',
];

const FINDS: Array<[string, string]> = [
  ['North Korea', 'PRK'],
  ['DPRK', 'PRK'],
  ["Democratic People's Republic of Korea", 'PRK'],
  ["Korea, Democratic People's Republic of", 'PRK'],
  ['North Korean', 'PRK'],
  ['Pyongyang', 'PRK'],
  ['PRK', 'PRK'],
  ['prk', 'PRK'],
  ['KP', 'PRK'],
  ['south korea', 'KOR'],
  ['Korea, Republic of', 'KOR'],
  ['Russian Federation', 'RUS'],
  ['Moldova, Republic of', 'MDA'],
  ['Côte d’Ivoire', 'CIV'],
  ["COTE D'IVOIRE", 'CIV'],
  ['Democratic Republic of Congo', 'COD'],
  ['Congo', 'COG'],
  ['the former Yugoslav Republic of Macedonia', 'MKD'],
  ['Swaziland', 'SWZ'],
  ['Occupied Palestinian Territory', 'PSE'],
  ['Turkey', 'TUR'],
  ['Türkiye', 'TUR'],
  ['American', 'USA'],
  ['United States of America', 'USA'],
  ['Washington D.C.', 'USA'],
  ['Chinese', 'CHN'],
  ['Beijing', 'CHN'],
  ['CH', 'CHE'],
  ['GBR', 'GBR'],
];

const UNKNOWN = ['Northland', 'Congolese', 'XNL', '', 'Republic'];

describe('the gazetteer', () => {
  it('when the country data is read, then it holds every state, each under its own alpha-3 code', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(193);
    expect(new Set(COUNTRIES.map((country) => country.iso3)).size).toBe(COUNTRIES.length);
  });

  it.each(FINDS)('when "%s" is looked up, then it gives %s', (text, iso3) => {
    expect(findCountry(text)?.iso3).toBe(iso3);
  });

  it.each(UNKNOWN)('when "%s" is looked up, then it gives nothing', (text) => {
    expect(findCountry(text)).toBeUndefined();
  });

  it.each(ICEWS_COUNTRY_NAMES)('when ICEWS names the country "%s", then it resolves by name', (name) => {
    expect(countryByName(name)).toBeDefined();
  });

  it('when ICEWS leaves a country out ("NA"), then the name lookup finds none, while the code is Namibia', () => {
    expect(countryByName('NA')).toBeUndefined();
    expect(findCountry('NA')?.iso3).toBe('NAM');
  });

  it('when North Korea is found, then it comes with its names, demonym, capital and aliases', () => {
    expect(countryByCode('PRK')).toEqual({
      iso3: 'PRK',
      iso2: 'KP',
      name: 'North Korea',
      officialName: "Democratic People's Republic of Korea",
      demonyms: ['North Korean'],
      capital: 'Pyongyang',
      aliases: expect.arrayContaining(['DPRK', "Korea, Democratic People's Republic of"]),
      independent: true,
    });
  });

  it.each([
    ['PRK', true],
    ['USA', true],
    ['prk', false],
    ['XNL', false],
    ['KP', false],
  ])('when %s is checked as an actor country, then it is a known code: %s', (code, known) => {
    expect(isCountryCode(code)).toBe(known);
  });
});
