// EXTRACTION.md: the extractor's precision and recall against each gold set, by relation type and certainty, its
// speed, and every miss and false claim, with the matching rules written down.
import type { ExtractedClaim, ExtractionResult } from '../server/api/extraction';
import type { ClaimRecord } from '../server/ingest/file-schemas';
import { loadavg } from 'node:os';
import { isAbsolute } from 'node:path';
import type { SourceMatch } from './match';

export interface GoldScore {
  name: string;
  folder: string;
  withoutText: string[];
  matches: Array<{ id: string; match: SourceMatch; result: ExtractionResult }>;
  absent?: boolean;
  /** Scored only: its misses and false claims are not listed. */
  heldOut?: boolean;
}

export interface SpeedFigures {
  articles: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  perSecond5kB: number;
  perCpuSecond5kB: number;
}

const FLOORS = { precision: 0.8, recall: 0.6, speed: 50 };

const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;

function totals(score: GoldScore) {
  const all = score.matches.map((m) => m.match);
  const pairs = all.flatMap((m) => m.pairs);
  const gold = pairs.length + all.reduce((n, m) => n + m.misses.length, 0);
  const extracted = pairs.length + all.reduce((n, m) => n + m.falseClaims.length, 0);
  return {
    pairs,
    gold,
    extracted,
    near: pairs.filter((p) => p.nearType).length,
    certainty: pairs.filter((p) => p.gold.certainty === p.extracted.certainty).length,
    assertedBy: pairs.filter((p) => (p.gold.assertedBy ?? null) === p.extracted.assertedBy).length,
    dateOnly: all.reduce((n, m) => n + m.dateOnlyMisses, 0),
    misses: all.reduce((n, m) => n + m.misses.length, 0),
    endsFound: all.reduce((n, m) => n + m.missesWithEndsFound, 0),
    falseReasons: (['date', 'otherRelation', 'unjoined', 'unknownEnd'] as const).map((reason) =>
      all.reduce((n, m) => n + m.falseReasons[reason], 0),
    ),
  };
}

function byKey(score: GoldScore, key: (c: { type: string; certainty: string }) => string): string[] {
  const counts = new Map<string, { gold: number; extracted: number; found: number; right: number }>();
  const entry = (k: string) => {
    const known = counts.get(k);
    if (known) return known;
    const fresh = { gold: 0, extracted: 0, found: 0, right: 0 };
    counts.set(k, fresh);
    return fresh;
  };
  for (const { match } of score.matches) {
    for (const p of match.pairs) {
      entry(key(p.gold)).gold++;
      entry(key(p.gold)).found++;
      entry(key(p.extracted)).extracted++;
      entry(key(p.extracted)).right++;
    }
    for (const g of match.misses) entry(key(g)).gold++;
    for (const c of match.falseClaims) entry(key(c)).extracted++;
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, c]) =>
      row([k, c.gold, c.extracted, c.found, ratio(c.right, c.extracted), ratio(c.found, c.gold)]),
    );
}

const goldLine = (id: string, g: ClaimRecord) =>
  `- ${id} ¶${g.evidence?.paragraph ?? '?'} ${g.type} ${g.from} → ${g.to} (${g.date ?? 'no date'}, ${g.certainty}) “${g.evidence?.quote ?? ''}”`;
const claimLine = (id: string, c: ExtractedClaim) =>
  `- ${id} ¶${c.evidence.paragraph} ${c.type} ${c.from} → ${c.to} (${c.date ?? 'no date'}, ${c.certainty}) “${c.evidence.quote}”`;

function falseLines(count: number, [date, otherRelation, unjoined, unknownEnd]: number[]): string[] {
  if (count === 0) return [];
  return [
    `Of the ${count} false claims, ${date} join two actors the gold joins by that type at another date;`,
    `${otherRelation} join two actors the gold joins by another relation or in the other direction; ${unjoined} join`,
    `two actors of the gold that it does not join; ${unknownEnd} have an end in none of the article's gold claims`,
    '(an actor the gold does not code, or one it names otherwise).',
  ];
}

function section(score: GoldScore): string[] {
  if (score.absent) return [`### ${score.name}`, '', `\`${score.folder}\` is not there yet: not scored.`, ''];
  const t = totals(score);
  const p = t.extracted === 0 ? 0 : t.pairs.length / t.extracted;
  const r = t.gold === 0 ? 0 : t.pairs.length / t.gold;
  const verdict = `precision ${p >= FLOORS.precision ? 'meets' : 'misses'} its floor (${FLOORS.precision}), recall ${r >= FLOORS.recall ? 'meets' : 'misses'} its floor (${FLOORS.recall})`;
  const lines = [
    `### ${score.name}`,
    '',
    `${isAbsolute(score.folder) ? '' : `\`${score.folder}\`: `}${score.matches.length} articles${score.withoutText.length ? ` (${score.withoutText.length} without their text, left out: ${score.withoutText.join(', ')})` : ''}. ${verdict}.`,
    '',
    row([
      'gold claims',
      'extracted',
      'matched',
      'of them by PLOVER type only',
      'precision',
      'recall',
      'certainty agrees',
      'assertedBy agrees',
      'missed on the date only',
    ]),
    row(Array(9).fill('---')),
    row([
      t.gold,
      t.extracted,
      t.pairs.length,
      t.near,
      p.toFixed(2),
      r.toFixed(2),
      ratio(t.certainty, t.pairs.length),
      ratio(t.assertedBy, t.pairs.length),
      t.dateOnly,
    ]),
    '',
    `Of the ${t.misses} gold claims missed, ${t.endsFound} have both ends among the actors of the claims extracted from`,
    `their article (the actors were found, this relation between them was not read); ${t.misses - t.endsFound} have an end in`,
    'none of them (an actor missed, named only by a pronoun or a role, or found in no relation at all).',
    ...falseLines(t.extracted - t.pairs.length, t.falseReasons),
    '',
    "By relation type (recall by the gold claim's type, precision by the extracted claim's type):",
    '',
    row(['type', 'gold', 'extracted', 'matched', 'precision', 'recall']),
    row(Array(6).fill('---')),
    ...byKey(score, (c) => c.type),
    '',
    'By certainty:',
    '',
    row(['certainty', 'gold', 'extracted', 'matched', 'precision', 'recall']),
    row(Array(6).fill('---')),
    ...byKey(score, (c) => c.certainty),
    '',
  ];
  return lines;
}

function lists(score: GoldScore): string[] {
  if (score.absent) return [];
  if (score.heldOut)
    return [
      `### ${score.name}`,
      '',
      'Held out: scored above, its misses and false claims are not listed, so that nobody writing rules reads them.',
      '',
    ];
  return [
    `### ${score.name}: misses (gold claims not extracted)`,
    '',
    ...score.matches.flatMap(({ id, match }) => match.misses.map((g) => goldLine(id, g))),
    '',
    `### ${score.name}: false claims (extracted, not in gold)`,
    '',
    ...score.matches.flatMap(({ id, match }) => match.falseClaims.map((c) => claimLine(id, c))),
    '',
  ];
}

/** The whole report. */
export function extractionReport(scores: GoldScore[], speed: SpeedFigures): string {
  return [
    '# Extraction quality',
    '',
    'Written by `npm run eval:extract`: the article extractor (`npm run extract`) run on every gold article, its',
    'candidate claims compared with the gold claims. Rerun it after any change to the extractor or its lexicons.',
    'A partial run writes elsewhere: `npm run eval:extract -- --gold NAME=FOLDER [--held-out NAME=FOLDER]',
    '--report FILE`. The misses and false claims of a held-out set are never listed, here or in a partial report.',
    '',
    '## How claims are matched',
    '',
    '- Per article. An extracted actor maps to a gold actor with the same id, or whose name or one of whose aliases',
    '  equals (case, apostrophes and a leading "the" aside) the extracted name or alias, or, for a state, with the',
    '  same ISO country code.',
    '- An extracted claim matches a gold claim when both ends map to the gold ends (either order for symmetric',
    '  types), the type is the same (or else of the same PLOVER event type: counted in "by PLOVER type only"), and',
    '  the dates are compatible: both absent, or the days they cover overlap (`2019-01` and `2019-01-09` do).',
    '- Each claim matches at most once: exact types are paired first. Precision = matched / extracted, recall =',
    '  matched / gold. Certainty and assertedBy do not decide a match; they are scored on the matched pairs.',
    '- "Missed on the date only": gold claims with an extracted claim of the same type and ends but another date.',
    '',
    '## Figures',
    '',
    ...scores.flatMap(section),
    '## Speed',
    '',
    `${speed.articles} articles (${(speed.bytes / 1e6).toFixed(2)} MB, the gold texts read again and again) in ${speed.seconds.toFixed(2)} s of wall time and`,
    `${speed.cpuSeconds.toFixed(2)} s of CPU time, one core of this machine (2 cores, shared with other work while measured):`,
    `**${speed.perSecond5kB.toFixed(0)} articles of 5 kB per second** of wall time, ${speed.perCpuSecond5kB.toFixed(0)} per second of CPU time; the floor is ${FLOORS.speed}.`,
    `Load average when measured: ${loadavg()[0]?.toFixed(1)}.`,
    '',
    '## What limits the figures',
    '',
    'Recall is far under its floor (0.6) on every gold. Precision meets its floor (0.8) on the seed articles and',
    'VOA dev, on which the rules were developed, and misses it on the held-out VOA test: what holds on the texts',
    'read does not all hold on news nobody here has read. A candidate under `MIN_CONFIDENCE` (0.5, in',
    '`server/extract/extract.ts`) is not proposed. What holds the figures down, with examples from the seed and dev',
    'lists below (the held-out set is scored, never read, and its claims are not listed):',
    '',
    '- **The extractor proposes far fewer claims than a close reader codes.** The VOA golds hold 34 to 38 claims a',
    '  story, a third of them ties, and code what a sentence implies as well as what it states; the extractor',
    '  proposes 10 to 18. The line under each table splits the misses: on the held-out stories about half have an',
    '  end that is in none of the extracted claims (mostly organisations and people named in passing, by role or',
    '  by pronoun), the other half join actors the extractor did find, by a relation it did not read.',
    '- **Precision on unread news.** Every round since the first has been checked by reading what the extractor',
    '  proposes on the 66 VOA stories no gold uses, claim by claim, and narrowed where it guessed: bodies named',
    '  after a country are its organs only when they are organs of government, a private calling gives no tie,',
    '  `ASSESSES` needs one clear actor, cancelled, possible, forbidden and future events assert nothing as fact,',
    '  "close ties" are cooperation and not an alliance, "asked X about" is a question and not a request. The',
    '  latest round (people and their ties, ends named by description, stances, meetings and requests, leverage and',
    '  mobilisation, wrong ends, attribution) was judged by running the extractor over all 66 unread stories before',
    '  and after and reading every claim that changed: 26 claims added or changed, 23 right (wrong: an `ASSESSES`',
    '  of Taiwan where the analyst spoke of his own message, and a treaty read as an assessment; doubtful: an',
    '  `ASSESSES` of a president from a reading of the constitution that sets his powers). Its engineers also',
    '  read 8 unread stories each: stances a reader codes there are mostly between ends the extractor never finds',
    '  ("both sides", "the separatist group", a bare "he"), and the precision round found 27 of the 29 claims of its',
    '  seven types right on all 66 stories, so unread news left it little to narrow; it fixed shapes it wrote',
    '  ("launched Iranian drones at Ukraine" attacked Iran, "attacked ships linked to Israel" aided Israel).',
    '  On the held-out test, scored',
    '  and not read, precision rose from 0.52 before the narrowing rounds to the figure above; the line under its',
    '  table says where the false claims go: most join two actors the gold codes but does not join, or joins by',
    '  another relation or in the other direction (rivalries are coded both ways by the written conventions), and a',
    '  fifth differ by the date alone.',
    '- **Recall: no parse, so clause structure is read by rules over tagged words.** Subject and object are the',
    '  nearest mentions in the clause, with the general shapes of news English read on top (shared subjects across',
    '  "and" and commas, infinitives of purpose, asides, passive agents, light verbs with a relation noun, control',
    '  verbs, coordinated and demonym objects, "then"-clauses sharing a subject, frames around nouns: "killed in an',
    '  Israeli airstrike", "Russia\'s political protection", "challenges posed by X"). Past that each rule gives up',
    '  rather than guess: "France, along with Egypt, faced off against Turkey" yields France only, and a tagger',
    '  reading "testing" as a noun loses the subject of "despite threats of Washington sanctions".',
    '- **Recall: ends the sentence does not name.** Descriptions ("the country", "the group", "the bloc"), "their"',
    "  after two actors, members listed with a body of fixed membership (the G7's seven) and roles tied earlier in",
    '  the article are resolved when exactly one candidate fits; plural "they" only right after a subject of two',
    '  named actors ("China and Russia met. They agreed": elsewhere on unread news it meant unnamed people far',
    '  more often than the body named before), and "it" only after a verb of saying ("Iran said it would") or',
    '  opening a sentence after one that opened with that state or body; not "Seoul would resolutely respond" (to whom,',
    '  said before) or "Trump levied 25% tariffs on steel and aluminum exports" (the EU, from the paragraph).',
    '- **Recall: figures of speech.** The cue lists in `server/model/relation-cues.ts` hold the general verbal and',
    '  nominal phrasings of each type; gold claims are often stated by figures no list holds: "a significant point',
    '  of tension with Washington" (OPPOSES), "serving as North Korea\'s back ship" (SUPPORTS), "accumulating cards"',
    '  (SEEKS_LEVERAGE_OVER). `ACCUSES`, `OPPOSES`, `SUPPORTS`, `COOPERATES_WITH` and `DISTRUSTS` are the types most',
    '  missed on the held-out test.',
    '- **Conventions.** Where the seed and VOA golds disagreed, one reading was chosen and all three golds follow',
    '  it (`data/README.md`: "Titles", "Who is named", "Hedges and hypotheticals"): a minister\'s title ties him to',
    '  his department and his state, a claim\'s end is the actor the text names ("the Afghan Taliban"), a hedged plan',
    '  ("may intend to ask", "could also urge") is an assessment while conditions and one branch of alternatives are',
    '  not coded. What is left is judgement at the margin: "could impose restrictions" reads as a hedge by these',
    '  rules, though a reader may take it for a mere possibility.',
    '- **Dates.** The extractor follows the written date rules (weeks Sunday to Saturday, standing relations by the',
    '  publication, "at that time" from the sentence before, remarks by the date of their statement or of the',
    '  session the lead dates, present-tense reports of speech by the month of publication, reactions from the act',
    '  they answer, condemnations from the act they judge, "two weeks ago" as that week, a date before a noun as',
    "  that noun's, ties built up in the present perfect by the publication). Left: a possibility with no time",
    '  ("could impose") takes the month of an assessment, and "in two weeks" gives no date.',
    '',
    "Speed: the CPU figure counts every thread of the process, V8's garbage collector and compiler threads beside the",
    'extractor; the wall figure depends on what else the machine runs at the time. Both move by a third between runs',
    'minutes apart on this machine. The latest round of rules costs nothing measurable: the benchmark loop of the',
    'commit before it and of this one, alternated on a quiet machine, gave 40 and 44 articles of 5 kB per CPU second',
    "(65 and 76 of wall time) against 40 and 43 (65 and 70); its speed work (chrono's parsers tried only where a",
    'sentence holds a word they need, no copy of the earlier mentions at each token) cut 3.4% of the instructions',
    'counted by cachegrind. The CPU figure misses the floor of 50 while the wall figure meets it; the figures above',
    'are those of the run that wrote this file.',
    'Profiled after the latest speed work (phrase lists kept as word trees, chrono once a sentence and each of its',
    'parsers only on sentences with a word it needs, word tables as Maps, no closures or lists made per token):',
    "wink-nlp's tokenizer and sentence splitter take about 14% of the time (its tagger little), garbage collection",
    'about 13% (structures that live through an article are promoted to the old generation), chrono under 8%,',
    'the rest spread thin. `npx tsx eval/extract-bench.ts` times a fixed loop and snapshots the output, to prove a',
    'speed change changes nothing else; on a loaded machine compare instruction counts, not times.',
    '',
    '## Misses and false claims',
    '',
    ...scores.flatMap(lists),
  ].join('\n');
}
