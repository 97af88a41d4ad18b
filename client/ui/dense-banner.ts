// Says when the view's claims are drawn aggregated, and lets the user switch to one edge per claim and back.
import type { AppActions } from '../app/actions';
import { VIEWER_SETTINGS } from '../config';
import { h } from './dom';

const number = (value: number) => value.toLocaleString('en');

/** Builds the banner above the graph; hidden while the view is small enough to draw claim by claim. */
export function createDenseBanner(actions: AppActions): HTMLElement {
  const { view, loader } = actions;
  const text = h('span', { testid: 'dense-text' });
  const button = h('button', { type: 'button', className: 'mini-button', testid: 'dense-switch' });
  const banner = h('div', { className: 'dense-banner', testid: 'dense-banner', hidden: true }, text, button);
  view.derived.subscribe(({ density }) => {
    const { mode, preference, claims, links, threshold } = density;
    const tooMany = claims > VIEWER_SETTINGS.claimLevelMax;
    banner.dataset.mode = mode;
    if (mode === 'pairs') {
      banner.hidden = false;
      text.textContent = `${number(claims)} claims shown as ${number(links)} aggregated links (above ${number(threshold)} claims, each link stands for the claims of one type between two actors).`;
      button.textContent = 'Show each claim';
      button.disabled = tooMany;
      button.title = tooMany
        ? `Too many to draw one by one: narrow the view below ${number(VIEWER_SETTINGS.claimLevelMax)} claims first`
        : 'Draw one edge per claim';
      button.onclick = () => void loader.setEdgePreference('claims').catch(() => undefined);
    } else if (preference === 'claims' && claims > threshold) {
      banner.hidden = false;
      text.textContent = `${number(claims)} claims drawn one by one.`;
      button.textContent = 'Aggregate';
      button.disabled = false;
      button.title = 'One edge per pair of actors and relation type';
      button.onclick = () => void loader.setEdgePreference('auto').catch(() => undefined);
    } else banner.hidden = true;
  });
  return banner;
}
