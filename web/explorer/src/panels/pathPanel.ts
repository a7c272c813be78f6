/** The path finder: pick two entities, see the shortest chains of relations between them (each link opens its evidence). */
import type { EntitySummary, Path } from '../api/queries';
import { el, fill } from '../ui/dom';
import { plural } from '../ui/format';
import { EntityPicker } from './entityPicker';

export interface PathPanelEvents {
  setEnds(change: { from?: string | null; to?: string | null }): void;
  openEdge(id: string): void;
  onError(error: unknown): void;
}

export class PathPanel {
  private readonly fromPicker: EntityPicker;
  private readonly toPicker: EntityPicker;
  private readonly results: HTMLElement;

  constructor(host: HTMLElement, private readonly events: PathPanelEvents) {
    const pickers = el('div', { class: 'path-pickers' });
    this.results = el('div', { class: 'path-results', 'aria-live': 'polite' });
    const clear = el('button', { type: 'button', id: 'path-clear' }, 'Clear path');
    clear.addEventListener('click', () => this.events.setEnds({ from: null, to: null }));
    host.append(pickers, this.results, clear);
    this.fromPicker = new EntityPicker(pickers, { id: 'path-from', label: 'From', placeholder: 'an entity', size: 6, onPick: (hit) => this.events.setEnds({ from: hit.key }), onError: events.onError });
    this.toPicker = new EntityPicker(pickers, { id: 'path-to', label: 'To', placeholder: 'another entity', size: 6, onPick: (hit) => this.events.setEnds({ to: hit.key }), onError: events.onError });
  }

  /** Shows the chosen ends (by name once known) and the paths found, or why there are none. */
  show(from: EntitySummary | string | null, to: EntitySummary | string | null, paths: Path[] | null): void {
    if (document.activeElement !== this.fromPicker.input) this.fromPicker.show(nameOf(from));
    if (document.activeElement !== this.toPicker.input) this.toPicker.show(nameOf(to));
    if (!from || !to) {
      fill(this.results, el('p', { class: 'hint' }, 'Pick both ends to find how they are linked.'));
      return;
    }
    if (!paths) {
      fill(this.results, el('p', { class: 'hint' }, 'Looking for paths…'));
      return;
    }
    if (!paths.length) {
      fill(this.results, el('p', { class: 'hint', id: 'path-none' }, `No path of at most 4 relations links ${nameOf(from)} and ${nameOf(to)} (with the current filters).`));
      return;
    }
    fill(
      this.results,
      el('p', { class: 'hint' }, `${plural(paths.length, 'path')}, shortest first:`),
      el('ol', { class: 'paths', id: 'path-list' }, ...paths.map((path) => this.pathItem(path))),
    );
  }

  private pathItem(path: Path): HTMLLIElement {
    const parts: (HTMLElement | string)[] = [];
    path.nodes.forEach((node, i) => {
      parts.push(el('span', { class: 'path-node' }, node.name));
      const edge = path.edges[i];
      if (!edge) return;
      const forward = edge.subject.key === node.key;
      const arrow = edge.symmetric ? `—${edge.type}—` : forward ? `—${edge.type}→` : `←${edge.type}—`;
      const link = el('button', { type: 'button', class: 'link path-edge', 'aria-label': `${edge.subject.name} ${edge.type} ${edge.object.name}: show the evidence` }, arrow);
      link.addEventListener('click', () => this.events.openEdge(edge.id));
      parts.push(' ', link, ' ');
    });
    return el('li', {}, ...parts);
  }
}

function nameOf(end: EntitySummary | string | null): string {
  return end === null ? '' : typeof end === 'string' ? end : end.name;
}
