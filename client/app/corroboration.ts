// The events two or more sources state, read once from the server: which claims are corroborated, and by whom.
import { api } from '../api/client';
import {
  claimCorroboration,
  CORROBORATING_SOURCES,
  type ClaimCorroboration,
  type CorroboratedEvent,
} from '../api/types';

/** At most this many corroborated events are read for the graph. */
const EVENT_LIMIT = 1000;

/** The corroborated events of the whole graph, and the event of each of their claims. */
export class CorroborationIndex {
  events: CorroboratedEvent[] = [];
  truncated = false;
  private readonly byClaim = new Map<string, CorroboratedEvent>();

  /** Reads the events; resolves false (and keeps none) when the server cannot say. */
  async load(): Promise<boolean> {
    try {
      const list = await api.events({ minSources: CORROBORATING_SOURCES, limit: EVENT_LIMIT });
      this.events = list.events;
      this.truncated = list.truncated;
      this.byClaim.clear();
      for (const event of list.events) for (const claim of event.claims) this.byClaim.set(claim.id, event);
      return true;
    } catch {
      return false;
    }
  }

  /** Ids of every corroborated claim. */
  claimIds(): Set<string> {
    return new Set(this.byClaim.keys());
  }

  /** The corroboration of one claim, in the shape the API gives claims; null when no other source states it. */
  of(claimId: string): ClaimCorroboration | null {
    const event = this.byClaim.get(claimId);
    return event ? claimCorroboration(event) : null;
  }
}
