// The messages between the viewer and its ForceAtlas2 worker.

/** A layout job: positions to start from, weighted pairs, and how many iterations to run. */
export interface LayoutRequest {
  id: number;
  nodes: Array<{ key: string; x: number; y: number }>;
  edges: Array<{ source: string; target: string; weight: number }>;
  iterations: number;
}

/** The positions after the job. */
export interface LayoutResponse {
  id: number;
  positions: Record<string, { x: number; y: number }>;
}
