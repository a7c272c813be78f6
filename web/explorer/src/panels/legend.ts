/** The key to the drawing's colours: one swatch per entity type drawn, and what the edge colours mean. */
import type { EntitySummary } from '../api/queries';
import { el, fill } from '../ui/dom';
import { typeBadge } from '../ui/format';

export class Legend {
  constructor(private readonly host: HTMLElement) {}

  show(nodes: EntitySummary[], hasPath: boolean, hasSelection: boolean): void {
    if (!nodes.length) {
      fill(this.host);
      return;
    }
    const types = [...new Set(nodes.map((n) => n.type))].sort();
    fill(
      this.host,
      ...types.map((type) => typeBadge(type)),
      hasSelection ? el('span', { class: 'key selected' }, 'open evidence') : null,
      hasPath ? el('span', { class: 'key path' }, 'path') : null,
    );
  }
}
