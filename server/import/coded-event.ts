// What a format module (ICEWS, GDELT) makes of one row: a coded event between two actor mentions, a problem, or
// a row that is valid event data but no relation between two actors. The rest of the import is format-free.
import type { ActorKind, ClaimOrigin } from '../model/actors';
import type { SourceRecord } from '../ingest/file-schemas';

/** An actor as a row names it, already read the format's way; the resolver matches it or makes an actor of it. */
export interface ActorMention {
  /** The name to give a new actor ("Kim Yong-chol", "Government (China)", "North Korea"). */
  name: string;
  kind: ActorKind;
  /** The actor's state, ISO 3166-1 alpha-3, when the row says it. */
  country?: string;
  /** The sectors the dataset gives the actor, as it words them. */
  sectors?: string[];
  /** The actor's CAMEO actor code, when the dataset gives one (GDELT: USAGOV, PRK, CHNMIL). */
  code?: string;
  /** Other ways the row words the name (e.g. the dataset's own spelling when the name was made canonical). */
  aliases?: string[];
  /** A preferred id for a new actor (for the datasets themselves: `icews`, `gdelt`). */
  id?: string;
}

/** One coded event, with everything a claim and its provenance need. */
export interface CodedEvent {
  eventId: string;
  /** Day-precise, YYYY-MM-DD. */
  date: string;
  from: ActorMention;
  to: ActorMention;
  /** A code of the CAMEO codebook. */
  cameo: string;
  /** The dataset's own wording of the event, when it gives one (ICEWS's Event Text). */
  eventText?: string;
  /** The story or article the event was coded from, as a source of the data format. */
  source: SourceRecord;
  /**
   * The import file its source goes into, as a slug (`icews-2018-06-01`: ICEWS's stories of a day; GDELT's
   * articles of one site added on one day). A source already written stays in the file it is in.
   */
  collection: string;
  sentence?: number;
  goldstein?: number;
  mentions?: number;
  sources?: number;
  articles?: number;
  tone?: number;
  place?: string;
  latitude?: number;
  longitude?: number;
}

/** Why a row cannot be imported; the column it is about, when one. */
export interface RowProblem {
  /** A short, fixed reason the report counts rows by, e.g. "bad date". */
  reason: string;
  column?: string;
  message: string;
}

export type RowOutcome =
  | { event: CodedEvent }
  | { problem: RowProblem }
  /** Valid event data that relates no two actors (e.g. a GDELT event with one actor only). */
  | { leftOut: string };

/** One event-data format: how its files look and how one of its rows reads. */
export interface EventFormat {
  origin: Extract<ClaimOrigin, 'icews' | 'gdelt'>;
  /** The dataset's name as people write it. */
  label: string;
  /** The dataset itself, the actor whose coding every imported claim reports. */
  dataset: ActorMention;
  /** True when the first row of a file is a header row (it is checked, not imported). */
  hasHeader: boolean;
  /**
   * Checks the first row of a file: undefined when it looks like this format, else why the file is not (one clear
   * error for the whole file, rather than one per row).
   */
  checkFirstRow(fields: readonly string[]): string | undefined;
  /** Reads one data row. */
  readRow(fields: readonly string[]): RowOutcome;
}
