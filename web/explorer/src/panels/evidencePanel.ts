/** The sentences behind one relation: each with its article's title, date and link, the two entities marked. */
import type { Evidence, RelationDetail } from '../api/queries';
import { el, fill } from '../ui/dom';
import { formatDate, plural, relationLabel } from '../ui/format';
import { highlight } from '../ui/highlight';

export class EvidencePanel {
  constructor(
    private readonly host: HTMLElement,
    private readonly onClose: () => void,
  ) {}

  hide(): void {
    this.host.hidden = true;
    fill(this.host);
  }

  loading(): void {
    this.host.hidden = false;
    fill(this.host, el('h2', {}, 'Evidence'), el('p', { class: 'hint', role: 'status' }, 'Loading the sentences…'));
  }

  missing(): void {
    this.host.hidden = false;
    fill(this.host, el('h2', {}, 'Evidence'), el('p', { class: 'hint', role: 'status' }, 'This relation is no longer in the graph.'), this.closeButton());
  }

  show(relation: RelationDetail): void {
    this.host.hidden = false;
    const heading = el('h2', { id: 'evidence-title', tabindex: '-1' }, relationLabel(relation));
    const facts = el(
      'p',
      { class: 'facts' },
      `${plural(relation.support, 'statement')} · confidence ${relation.confidence.toFixed(2)} · seen ${formatDate(relation.firstSeen)}`,
      relation.firstSeen.slice(0, 10) === relation.lastSeen.slice(0, 10) ? '' : ` – ${formatDate(relation.lastSeen)}`,
    );
    const items = relation.evidence.map((evidence) => this.item(relation, evidence));
    const more = relation.support > relation.evidence.length ? el('p', { class: 'hint' }, `The ${relation.evidence.length} newest of ${relation.support} statements.`) : null;
    fill(this.host, el('div', { class: 'panel-head' }, heading, this.closeButton()), facts, el('ol', { class: 'evidence', 'aria-label': 'Sentences' }, ...items), more);
  }

  /** Moves keyboard focus to the panel's heading (after the analyst opened it). */
  focus(): void {
    this.host.querySelector<HTMLElement>('#evidence-title')?.focus();
  }

  private item(relation: RelationDetail, evidence: Evidence): HTMLLIElement {
    const segments = highlight({
      sentence: evidence.sentence,
      sentenceSpan: evidence.offsets.sentence,
      subjectSpan: evidence.offsets.subject,
      objectSpan: evidence.offsets.object,
      subjectNames: [relation.subject.name, ...relation.subject.aliases],
      objectNames: [relation.object.name, ...relation.object.aliases],
    });
    const sentence = el('blockquote', { class: 'sentence' }, ...segments.map((s) => (s.role ? el('mark', { class: s.role, title: s.role === 'subject' ? relation.subject.name : relation.object.name }, s.text) : s.text)));
    const article = evidence.article;
    const title = article.title?.trim() || article.key;
    const source = article.url && /^https?:\/\//i.test(article.url) ? el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, title) : el('span', {}, title);
    const cite = el('p', { class: 'cite' }, source, el('span', { class: 'date' }, ` · ${formatDate(article.publishedAt)}`), el('span', { class: 'counts' }, ` · confidence ${evidence.confidence.toFixed(2)}`));
    return el('li', {}, sentence, cite);
  }

  private closeButton(): HTMLButtonElement {
    const button = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the evidence' }, '×');
    button.addEventListener('click', () => this.onClose());
    return button;
  }
}
