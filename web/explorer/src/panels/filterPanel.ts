/** Filters: which relation types to draw (with how many the graph has of each), and a time window. */
import type { TypeCount } from '../api/queries';
import type { ViewState } from '../state/viewState';
import { el, fill } from '../ui/dom';

export interface FilterChange {
  types?: string[];
  since?: string | null;
  until?: string | null;
}

export class FilterPanel {
  private readonly typeList: HTMLElement;
  private readonly since: HTMLInputElement;
  private readonly until: HTMLInputElement;
  private known: TypeCount[] = [];

  constructor(host: HTMLElement, private readonly onChange: (change: FilterChange) => void) {
    this.typeList = el('div', { class: 'type-list' }, el('p', { class: 'hint' }, 'Loading relation types…'));
    this.since = el('input', { id: 'filter-since', type: 'date' });
    this.until = el('input', { id: 'filter-until', type: 'date' });
    this.since.addEventListener('change', () => this.onChange({ since: this.since.value || null }));
    this.until.addEventListener('change', () => this.onChange({ until: this.until.value || null }));
    const clear = el('button', { type: 'button', id: 'filter-clear' }, 'Clear filters');
    clear.addEventListener('click', () => this.onChange({ types: [], since: null, until: null }));
    host.append(
      el('fieldset', {}, el('legend', {}, 'Relation types'), this.typeList),
      el(
        'fieldset',
        { class: 'window' },
        el('legend', {}, 'Time window'),
        el('label', { for: this.since.id }, 'From'),
        this.since,
        el('label', { for: this.until.id }, 'To'),
        this.until,
        el('p', { class: 'hint' }, 'Relations seen within the window (by article date).'),
      ),
      clear,
    );
  }

  /** The relation types the graph has; until they are known the list says so. */
  setTypes(types: TypeCount[]): void {
    this.known = types;
  }

  failedTypes(): void {
    fill(this.typeList, el('p', { class: 'hint' }, 'Relation types could not be loaded.'));
  }

  /** Reflects the state's filters in the controls. */
  show(state: ViewState): void {
    this.since.value = state.since ?? '';
    this.until.value = state.until ?? '';
    // A type named in the URL but absent from the graph is still listed, so it can be unticked.
    const names = [...new Set([...this.known.map((t) => t.type), ...state.types])];
    if (!names.length) return;
    const counts = new Map(this.known.map((t) => [t.type, t.count]));
    const checked = new Set(state.types);
    fill(
      this.typeList,
      ...names.map((type) => {
        const box = el('input', { type: 'checkbox', id: `type-${type}`, value: type, checked: checked.has(type) });
        box.addEventListener('change', () => {
          const next = names.filter((name) => (name === type ? box.checked : checked.has(name)));
          this.onChange({ types: next });
        });
        return el('div', { class: 'type-option' }, box, el('label', { for: box.id }, type, el('span', { class: 'counts' }, ` ${counts.get(type) ?? 0}`)));
      }),
      el('p', { class: 'hint' }, checked.size ? `Showing ${[...checked].join(', ')} only.` : 'All types shown; tick some to show only those.'),
    );
  }
}
