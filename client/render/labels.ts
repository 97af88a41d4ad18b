// Sigma's node labels placed by label-placement.ts: measured once per frame, drawn with a halo, none overlapping.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { VIEWER_SETTINGS } from '../config';
import { placeLabels, type LabelBox, type LabelCandidate } from './label-placement';

/** A drawn label: its node, its text and its box on screen, in CSS pixels. */
export type DrawnLabel = LabelBox & { label: string };

const drawnLabels = new WeakMap<Sigma, () => DrawnLabel[]>();

/** The labels `sigma` drew in its last frame (for the viewer's tests and the curious). */
export function labelsOf(sigma: Sigma | null): DrawnLabel[] {
  return sigma ? (drawnLabels.get(sigma)?.() ?? []) : [];
}

/** A node's label priority: the selection first, then as visuals.ts ranks it (named actors, then by claims). */
function priorityOf(display: Record<string, unknown>): number {
  const base = typeof display.labelPriority === 'number' ? display.labelPriority : 0;
  return (display.highlighted ? 1e9 : 0) + base;
}

/**
 * Makes `sigma` draw node labels where placeLabels puts them: at the first label of each frame, every node's
 * label is measured and placed at once; each call then draws its own node's label, or nothing.
 */
export function placeNodeLabels(sigma: Sigma): Partial<Settings> {
  const widths = new Map<string, number>();
  let placed = new Map<string, LabelBox>();
  let labels = new Map<string, string>();
  let shorts = new Map<string, string>();
  let drawn = new Set<string>();
  let stale = true;
  sigma.on('beforeRender', () => {
    stale = true;
    drawn = new Set();
  });
  const place = (context: CanvasRenderingContext2D, settings: Settings) => {
    const { labelSize, labelFont, labelWeight } = settings;
    context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
    const measure = (text: string) => {
      let width = widths.get(text);
      if (width === undefined) {
        width = Math.ceil(context.measureText(text).width);
        widths.set(text, width);
      }
      return width;
    };
    /** The label cut to at most `shortWidth` pixels, at a word if it can, with an ellipsis. */
    const shortened = (text: string) => {
      const limit = VIEWER_SETTINGS.labels.shortWidth;
      if (measure(text) <= limit) return text;
      let cut = text;
      while (cut.length > 1 && measure(`${cut}…`) > limit) {
        const space = cut.lastIndexOf(' ');
        cut =
          space > 0 && measure(`${cut.slice(0, space)}…`) <= limit ? cut.slice(0, space) : cut.slice(0, -1);
      }
      return `${cut.trimEnd()}…`;
    };
    const candidates: LabelCandidate[] = [];
    labels = new Map();
    shorts = new Map();
    const { width, height } = sigma.getDimensions();
    for (const node of sigma.getGraph().nodes()) {
      const display = sigma.getNodeDisplayData(node) as
        (Record<string, unknown> & { size: number }) | undefined;
      const label = display?.label;
      if (!display || display.hidden || typeof label !== 'string' || label === '') continue;
      const measured = measure(label);
      const short = shortened(label);
      const { x, y } = sigma.framedGraphToViewport(display as unknown as { x: number; y: number });
      if (x < -measured || y < -labelSize || x > width + measured || y > height + labelSize) continue;
      labels.set(node, label);
      if (short !== label) shorts.set(node, short);
      candidates.push({
        key: node,
        x,
        y,
        radius: sigma.scaleSize(display.size),
        width: measured,
        height: labelSize + 2,
        priority: priorityOf(display),
        ...(short !== label ? { shortWidth: measure(short) } : {}),
      });
    }
    placed = placeLabels(candidates, { width, height, ...VIEWER_SETTINGS.labels.placement });
    for (const box of placed.values()) if (box.short) labels.set(box.key, shorts.get(box.key) ?? '');
    stale = false;
  };
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (stale) place(context, settings);
    const box = placed.get(data.key);
    const text = labels.get(data.key);
    if (!box || !text) return;
    drawn.add(data.key);
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = VIEWER_SETTINGS.backgroundColour;
    context.strokeText(text, box.x, box.y + box.height / 2);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(text, box.x, box.y + box.height / 2);
    context.textBaseline = 'alphabetic';
  };
  drawnLabels.set(sigma, () =>
    [...placed.values()]
      .filter((box) => drawn.has(box.key))
      .map((box) => ({ ...box, label: labels.get(box.key) ?? '' })),
  );
  return { defaultDrawNodeLabel: draw };
}
