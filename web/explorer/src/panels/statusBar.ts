/** The page's one place for problems and notices: errors are announced (role=alert) and offer a retry. */
import { ApiError } from '../api/client';
import { el, fill } from '../ui/dom';

export class StatusBar {
  constructor(private readonly host: HTMLElement) {}

  /** Shows an error: what failed, and why, in words the analyst can act on. */
  error(what: string, error: unknown, retry?: () => void): void {
    const title =
      error instanceof ApiError
        ? { unreachable: 'The server cannot be reached', http: 'The server failed', graphql: 'The server refused the query' }[error.kind]
        : 'Something went wrong';
    const detail = error instanceof Error ? error.message : String(error);
    const button = retry ? el('button', { type: 'button', class: 'retry' }, 'Retry') : null;
    button?.addEventListener('click', () => {
      this.clear();
      retry?.();
    });
    this.host.className = 'status error';
    this.host.setAttribute('role', 'alert');
    fill(this.host, el('strong', {}, `${title}: `), `${what}. `, el('span', { class: 'detail' }, detail), button);
  }

  /** Shows a notice (nothing failed, but the view is not what was asked for). */
  notice(text: string): void {
    this.host.className = 'status notice';
    this.host.setAttribute('role', 'status');
    fill(this.host, text);
  }

  clear(): void {
    this.host.className = 'status';
    this.host.removeAttribute('role');
    fill(this.host);
  }
}
