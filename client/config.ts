// The viewer's settings in one place: sizes, limits, layout and rendering defaults.

/** Settings the viewer reads; change them here, nowhere else. */
export const VIEWER_SETTINGS = Object.freeze({
  /** At most this many actors in the whole-graph view. */
  graphLimit: 500,
  /** PNG export: image pixels per screen pixel (at least 1; 2 doubles width and height). */
  pngScale: 2,
  /** Paths: how many claims long a search goes unless the analyst asks for more, and the server's limit. */
  pathDepth: { default: 4, max: 6 },
  /** At most this many actors loaded by one expansion or focus. */
  subgraphLimit: 300,
  /** Search suggestions: how many, and how long to wait after the last key. */
  searchLimit: 8,
  searchDebounceMs: 180,
  /** Node sizes, in pixels at zoom 1. */
  nodeSize: { min: 4, max: 22 },
  /** Edge thickness by certainty: stated facts are drawn thicker than accounts and assessments. */
  edgeSize: { fact: 2.2, claim: 1.7, assessment: 1.4, other: 1.5 },
  /** Claims nobody checked (imported or extracted): their thickness is scaled, their colour mixed with white. */
  uncheckedEdge: { sizeFactor: 0.55, whiteShare: 0.45 },
  /** A click this many pixels from an edge's stroke (beyond the picked pixels sigma finds) still selects it. */
  edgeHitTolerance: 6,
  /** Colours of dimmed elements and of the canvas. */
  dimNodeColour: '#dde1e7',
  dimEdgeColour: '#eceff3',
  backgroundColour: '#fbfcfd',
  pathColour: '#f2b01e',
  /** ForceAtlas2: iterations for a full layout and for an incremental one after new actors arrive. */
  layoutIterations: { full: 600, incremental: 250 },
  /**
   * From this many drawn claims on, a graph is drawn for speed: claims are not hoverable or clickable (no picking
   * pass, which draws every claim a second time), parallel claims are straight, and claims and labels are hidden
   * while the camera moves.
   */
  bigGraphClaims: 10_000,
  /**
   * A snapshot file from this size on is taken to be a big graph before it is read (sigma is then prepared for
   * one while the file is parsed); a wrong guess costs switching sigma's programs before the first frame.
   */
  bigSnapshotBytes: 2_500_000,
  /**
   * Above this many claims a loaded view (the whole graph, a focus or an expansion) is drawn aggregated: one edge
   * per ordered actor pair and relation type, its width by its claim count. `?aggregateAbove=N` in the page's
   * address overrides it (tests lower it to aggregate the curated data).
   */
  aggregateAbove: 2_000,
  /** The user may switch an aggregated view to one edge per claim up to this many claims. */
  claimLevelMax: 10_000,
  /** Width of an aggregated edge, from one claim to the view's largest count (logarithmic in between). */
  aggregateEdgeSize: { min: 1.6, max: 9 },
  /**
   * Two or more claims between the same two actors are drawn as one bundle (a straight edge, its width by its
   * claims, its type's colour when they share one, else `colour`) until the camera zooms in past `openBelowRatio`
   * or the selection touches them.
   */
  bundles: { openBelowRatio: 0.45, colour: '#7b8794', size: { min: 2.4, max: 8 } },
  /** Claims listed per page for an aggregated edge or a dyad's period. */
  claimsPageSize: 20,
  /** Dyad chart: a month's width and a row's height, in pixels. */
  dyadChart: { monthWidth: 18, rowHeight: 120 },
  /**
   * Labels: every drawn actor is offered one; they are placed by priority around their node, `gap` pixels from
   * it and `margin` pixels from each other and from the view's edge; one that fits nowhere is tried cut to
   * `shortWidth` pixels (with an ellipsis), and left out if it still does not fit.
   */
  labels: { placement: { gap: 3, margin: 2 }, shortWidth: 110 },
  /** Colours of Louvain communities, in order of community size. */
  communityPalette: [
    '#4e79a7',
    '#f28e2b',
    '#e15759',
    '#76b7b2',
    '#59a14f',
    '#edc948',
    '#b07aa1',
    '#ff9da7',
    '#9c755f',
    '#bab0ac',
    '#86bcb6',
    '#d37295',
  ],
  unknownColour: '#9aa3ad',
  /** Performance mark set at the first frame that draws a non-empty graph (read by the viewer benchmark). */
  firstFrameMark: 'actorgraph:first-frame',
});
