// What every curation write must pass before its body is read: curation on, a request from this server's own
// pages (not a form or script on another site), and a JSON body.
import express, { type RequestHandler } from 'express';
import { crossOrigin, curationOff, notJson } from '../curation/curation-errors';
import { CURATION_LIMITS } from '../curation/request-bodies';

/** True when `origin` (scheme://host[:port]) names the host the request was sent to. */
function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Refuses a write while curation is off (403 curation_off), from another site (403 cross_origin: a browser's
 * `Sec-Fetch-Site` other than same-origin, or an `Origin` naming another host; a request with neither, as curl
 * sends, is let through), or without a JSON body (415).
 */
export function curationWriteGuard(enabled: () => boolean): RequestHandler {
  return (request, _response, next) => {
    if (!enabled()) return next(curationOff());
    const site = request.get('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      return next(crossOrigin(request.get('origin') ?? `a ${site} page`));
    const origin = request.get('origin');
    if (origin !== undefined && !sameHost(origin, request.get('host'))) return next(crossOrigin(origin));
    if (!request.is('application/json')) return next(notJson(request.get('content-type')));
    next();
  };
}

/** JSON bodies of curation writes: larger than the API's, to hold an article's text. */
export const curationJson = express.json({ limit: CURATION_LIMITS.bodyBytes });
