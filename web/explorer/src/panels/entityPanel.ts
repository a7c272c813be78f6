/** The selected entity: what it is, and what can be done from it (expand, centre, path ends). */
import type { EntitySummary } from '../api/queries';
import { el, fill } from '../ui/dom';
import { plural, typeBadge } from '../ui/format';

export interface EntityPanelEvents {
  expand(key: string): void;
  centre(key: string): void;
  pathFrom(key: string): void;
  pathTo(key: string): void;
}

export class EntityPanel {
  constructor(private readonly host: HTMLElement, private readonly events: EntityPanelEvents) {}

  /** Moves keyboard focus to the panel's heading; Tab then reaches its actions. */
  focus(): void {
    this.host.querySelector<HTMLElement>('#entity-title')?.focus();
  }

  hide(): void {
    this.host.hidden = true;
    fill(this.host);
  }

  /** Shows an entity; `drawnRelations` is how many of its relations are drawn, `isOpen` whether its neighbours already are. */
  show(entity: EntitySummary, drawnRelations: number, isOpen: boolean, isFocus: boolean): void {
    this.host.hidden = false;
    const actions = el('div', { class: 'actions' });
    const action = (label: string, id: string, run: () => void, disabled = false): void => {
      const button = el('button', { type: 'button', id, disabled }, label);
      button.addEventListener('click', run);
      actions.append(button);
    };
    action(isOpen ? 'Neighbours drawn' : 'Expand', 'entity-expand', () => this.events.expand(entity.key), isOpen);
    action('Centre here', 'entity-centre', () => this.events.centre(entity.key), isFocus);
    action('Path from here', 'entity-path-from', () => this.events.pathFrom(entity.key));
    action('Path to here', 'entity-path-to', () => this.events.pathTo(entity.key));
    fill(
      this.host,
      el('h2', { id: 'entity-title', tabindex: '-1' }, entity.name, ' ', typeBadge(entity.type)),
      entity.aliases.length ? el('p', { class: 'aliases' }, `Also: ${entity.aliases.join(', ')}`) : null,
      el('p', { class: 'facts' }, `${plural(entity.mentionCount, 'mention')} · ${plural(drawnRelations, 'relation')} drawn · `, el('code', {}, entity.key)),
      actions,
    );
  }
}
