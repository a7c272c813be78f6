/**
 * Keeps the browser's URL and the view in step: every change of view is a history entry (so Back undoes it),
 * and Back/Forward redraw the view the URL names.
 */
import { formatState, parseState, type ViewState } from './viewState';

export class ViewHistory {
  private current: ViewState;

  constructor(private readonly onChange: (state: ViewState) => void) {
    this.current = parseState(location.search);
    window.addEventListener('popstate', () => {
      this.current = parseState(location.search);
      this.onChange(this.current);
    });
  }

  get state(): ViewState {
    return this.current;
  }

  /** Moves to a new view: a new history entry when the URL changes, then a redraw. */
  navigate(change: Partial<ViewState>): void {
    const next = { ...this.current, ...change };
    const url = `${location.pathname}${formatState(next)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    this.current = parseState(formatState(next));
    this.onChange(this.current);
  }

  /** Redraws the current view again (after an error, for instance). */
  reload(): void {
    this.onChange(this.current);
  }
}
