/**
 * A search box for entities: type a name (results follow as you type), Enter to search at once, ↓ into the
 * results, Enter or click to pick one. Used by the main search and by both ends of the path finder.
 */
import { searchEntities, type SearchHit } from '../api/queries';
import { el, fill } from '../ui/dom';
import { plural, typeBadge } from '../ui/format';

export interface EntityPickerOptions {
  /** Prefix for the element ids inside the picker (unique on the page). */
  id: string;
  label: string;
  placeholder: string;
  /** How many results to list. */
  size: number;
  onPick(hit: SearchHit): void;
  onError(error: unknown): void;
}

export class EntityPicker {
  readonly input: HTMLInputElement;
  private readonly results: HTMLUListElement;
  private readonly summary: HTMLElement;
  private pending: AbortController | null = null;
  private timer: number | undefined;

  constructor(host: HTMLElement, private readonly options: EntityPickerOptions) {
    this.input = el('input', {
      id: `${options.id}-input`,
      type: 'search',
      placeholder: options.placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-controls': `${options.id}-results`,
      'aria-describedby': `${options.id}-summary`,
    });
    this.results = el('ul', { id: `${options.id}-results`, class: 'hits', 'aria-label': `${options.label}: matches` });
    this.summary = el('p', { id: `${options.id}-summary`, class: 'hint', role: 'status', 'aria-live': 'polite' });
    const button = el('button', { type: 'submit' }, 'Search');
    const form = el('form', { class: 'picker-form', role: 'search' }, el('label', { for: this.input.id }, options.label), el('div', { class: 'picker-row' }, this.input, button));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.search(), 250);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.results.querySelector('button')?.focus();
      } else if (event.key === 'Escape') {
        this.clearResults();
      }
    });
    this.results.addEventListener('keydown', (event) => this.moveWithin(event));
    host.append(form, this.summary, this.results);
    // A click anywhere else closes the list, as a search suggestion list does.
    document.addEventListener('click', (event) => {
      if (!host.contains(event.target as Node)) this.clearResults();
    });
  }

  /** Shows a chosen entity's name in the box (without searching). */
  show(name: string): void {
    this.input.value = name;
    this.clearResults();
  }

  clearResults(): void {
    fill(this.results);
    this.summary.textContent = '';
  }

  private async search(): Promise<void> {
    window.clearTimeout(this.timer);
    const text = this.input.value.trim();
    this.pending?.abort();
    if (!text) {
      this.clearResults();
      return;
    }
    const pending = new AbortController();
    this.pending = pending;
    try {
      const { total, hits } = await searchEntities(text, this.options.size, pending.signal);
      if (pending.signal.aborted) return;
      this.summary.textContent = total === 0 ? `No entity matches “${text}”.` : total > hits.length ? `${total} matches; the first ${hits.length}:` : `${plural(total, 'match', 'matches')}:`;
      fill(this.results, ...hits.map((hit) => this.item(hit)));
    } catch (error) {
      if (pending.signal.aborted) return;
      this.clearResults();
      this.options.onError(error);
    }
  }

  private item(hit: SearchHit): HTMLLIElement {
    const aliases = hit.aliases.length ? `also ${hit.aliases.join(', ')}` : '';
    const button = el(
      'button',
      { type: 'button', class: 'hit', 'data-key': hit.key, 'aria-label': `${hit.name}, ${hit.type.toLowerCase()}, ${plural(hit.mentionCount, 'mention')}, ${plural(hit.relationCount, 'relation')}` },
      el('span', { class: 'hit-name' }, hit.name),
      typeBadge(hit.type),
      el('span', { class: 'counts' }, `${plural(hit.mentionCount, 'mention')} · ${plural(hit.relationCount, 'relation')}`),
      aliases ? el('span', { class: 'aliases' }, aliases) : null,
    );
    button.addEventListener('click', () => {
      this.show(hit.name);
      this.options.onPick(hit);
    });
    return el('li', {}, button);
  }

  /** ↑/↓ move between results; ↑ from the first goes back to the box. */
  private moveWithin(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...this.results.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.input.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  }
}
