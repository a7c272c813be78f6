/**
 * What the drawing shows, as lists: the keyboard's way into the graph (a canvas cannot take focus per node).
 * An entity opens its details; a relation opens its evidence.
 */
import type { EntitySummary, RelationSummary } from '../api/queries';
import { el, fill } from '../ui/dom';
import { plural, relationLabel, typeBadge } from '../ui/format';

export interface InViewEvents {
  selectNode(key: string): void;
  openEdge(id: string): void;
}

export class InViewPanel {
  constructor(private readonly host: HTMLElement, private readonly events: InViewEvents) {}

  show(nodes: EntitySummary[], edges: RelationSummary[], selectedEdge: string | null): void {
    if (!nodes.length) {
      fill(this.host);
      return;
    }
    const relations = [...edges].sort((a, b) => b.support - a.support || a.type.localeCompare(b.type));
    const entities = [...nodes].sort((a, b) => a.name.localeCompare(b.name));
    fill(
      this.host,
      el('h2', {}, `In view: ${plural(entities.length, 'entity', 'entities')}, ${plural(relations.length, 'relation')}`),
      el('h3', {}, 'Relations'),
      el(
        'ul',
        { class: 'plain', id: 'relation-list', 'aria-label': 'Relations in view' },
        ...relations.map((edge) => {
          const button = el('button', { type: 'button', class: 'link', 'data-id': edge.id, 'aria-pressed': String(edge.id === selectedEdge) }, relationLabel(edge), el('span', { class: 'counts' }, ` · ${edge.support}`));
          button.addEventListener('click', () => this.events.openEdge(edge.id));
          return el('li', {}, button);
        }),
      ),
      el('h3', {}, 'Entities'),
      el(
        'ul',
        { class: 'plain', id: 'entity-list', 'aria-label': 'Entities in view' },
        ...entities.map((node) => {
          const button = el('button', { type: 'button', class: 'link', 'data-key': node.key }, node.name);
          button.addEventListener('click', () => this.events.selectNode(node.key));
          return el('li', {}, button, ' ', typeBadge(node.type));
        }),
      ),
    );
  }
}
