// Members of bodies with a fixed membership, named in one sentence with their body (memberships.ts).
import { extractArticle } from '../../../server/extract/extract';
import { isMember } from '../../../server/extract/lexicon/memberships';
import { registry } from './support';

const ties = (text: string, published = '2024-05-02') =>
  extractArticle(`Headline\n\n${text}`, registry, { published })
    .claims.filter((c) => c.type === 'AFFILIATED_WITH')
    .map((c) => `${c.from} ${c.to}`)
    .sort();

describe('member lists', () => {
  it('ties each member a list names to the body whose members the sentence speaks of', () => {
    expect(ties('The G20 summit in Rio drew leaders from Brazil, India, South Africa and China.')).toEqual([
      'brazil g20',
      'china g20',
      'india g20',
      'south-africa g20',
    ]);
  });

  it('names no member the sentence leaves out, and no state that is not a member', () => {
    expect(ties('NATO allies Poland, Ukraine and Lithuania held talks in Vilnius.')).toEqual([
      'lithuania nato',
      'poland nato',
    ]);
  });

  it('reads a state tied to its body by the words around it', () => {
    expect(ties('Hungary and other EU countries opposed the plan.')).toEqual(['hungary european-union']);
    expect(ties('NATO member Turkey refused to take part.')).toEqual(['turkiye nato']);
  });

  it('reads "members of" the body after a list or an apposition', () => {
    expect(ties('Britain and France, both permanent members of the UN Security Council, abstained.')).toEqual(
      ['france un-security-council', 'united-kingdom un-security-council'],
    );
    expect(ties('Norway, a founding member of NATO, sent ships.')).toEqual(['norway nato']);
    expect(ties('Ukraine and Georgia hope to become members of NATO.')).toEqual([]);
  });

  it('reads "its" before the body\'s members as the state named last before it, if a member', () => {
    expect(ties('Greece could be left out of drills with its NATO allies, officials warned.')).toEqual([
      'greece nato',
    ]);
    expect(ties('Poland said Ukraine would train with its NATO partners.')).toEqual([]);
  });

  it('proposes nothing when the body is only named near its members', () => {
    expect(ties('France and Germany asked the EU to lift the duties.')).toEqual([]);
    expect(ties('Washington says the Russian missiles threaten NATO.')).toEqual([]);
  });

  it('reads membership on the day of the article', () => {
    expect(isMember('nato', 'SWE', '2023-01-10')).toBe(false);
    expect(isMember('nato', 'SWE', '2024-05-02')).toBe(true);
    expect(isMember('european-union', 'GBR', '2019-06-01')).toBe(true);
    expect(isMember('european-union', 'GBR', '2021-06-01')).toBe(false);
    expect(ties('Sweden, Denmark and Norway sent NATO delegations to the meeting.', '2022-06-01')).toEqual([
      'denmark nato',
      'norway nato',
    ]);
  });
});
