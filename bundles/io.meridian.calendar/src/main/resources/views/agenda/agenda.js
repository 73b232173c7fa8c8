// The Agenda view, the workbench's landing page: who to contact today and in the next two
// weeks, why, and when in their day and yours; with the quick actions that take an item off
// the list (log the call, deliver the promise, say it is delayed, send the wishes).
// This module is the element: its state, the address it keeps, and where the focus goes. Reading
// is in load.js, drawing in items.js, the quick actions and their forms in actions.js.
import { h, icon, toast, profile, download, stylesheet } from '/ui/meridian.js';
import { DAYS, KIND, kindOf } from './kinds.js';
import { readAgenda, readAfterChange, readFailure, emptyBook, allClear, loadDemo } from './load.js';
import { drawRange, drawSummary, drawItems } from './items.js';
import { isSent, readSent } from './actions.js';

const STYLESHEET = '/views/agenda/agenda.css';
const REFOCUS_MS = 5000;

class AgendaView extends HTMLElement {
  static get observedAttributes() { return ['query']; }

  connectedCallback() {
    stylesheet(STYLESHEET);
    // Ends, when the view leaves the page, its listeners and the pauses between re-reads.
    this.connection = new AbortController();
    this.filter = 'all';
    this.agenda = null;
    this.bookSize = null;
    this.error = null;
    this.form = null; // the open inline form: { key, type: 'log' | 'delay' }
    this.sent = readSent();
    this.updated = h('span', { class: 'small muted agenda-updated' });
    this.refreshButton = h('button', { type: 'button', class: 'button small', onclick: () => this.refresh() }, icon('clock'), 'Refresh');
    this.range = h('div', { class: 'agenda-range' });
    this.summary = h('div', { class: 'agenda-summary', role: 'group', 'aria-label': 'Show only' });
    this.body = h('div', { class: 'agenda-body' });
    this.replaceChildren(
      h('div', { class: 'agenda-top' }, this.range,
        h('div', { class: 'row agenda-tools' }, this.updated, this.refreshButton,
          h('button', { type: 'button', class: 'button small', onclick: () => this.downloadIcs() }, icon('download'), 'Download .ics'))),
      this.summary, this.body);
    this.applyQuery();
    this.refresh();
    // Back from another tab or window: the day may have moved on, or a call was logged elsewhere.
    const onReturn = () => {
      if (document.hidden || this.form || Date.now() - (this.loadedAt || 0) < REFOCUS_MS) return;
      this.refresh();
    };
    document.addEventListener('visibilitychange', onReturn, { signal: this.connection.signal });
    window.addEventListener('focus', onReturn, { signal: this.connection.signal });
  }

  disconnectedCallback() {
    this.connection.abort();
  }

  attributeChangedCallback() {
    if (!this.body) return;
    this.applyQuery();
    this.render();
  }

  /** `filter` is kept in the address; `demo` and `download` are one-off requests from the palette. */
  applyQuery() {
    const query = new URLSearchParams(this.getAttribute('query') || '');
    const filter = query.get('filter');
    this.filter = filter === 'overdue' || KIND.has(filter) ? filter : 'all';
    const once = query.has('demo') || query.has('download');
    if (once) history.replaceState(null, '', this.address());
    if (query.get('download') === 'ics') this.downloadIcs();
    if (query.has('demo')) loadDemo(this);
  }

  address() {
    return `#/agenda${this.filter === 'all' ? '' : `?filter=${encodeURIComponent(this.filter)}`}`;
  }

  /** The agenda as the user's own clock and working day see it (Preferences, "You"). */
  parameters() {
    const you = profile();
    return new URLSearchParams({ days: String(DAYS), zone: you.timeZone, hours: you.workingHours });
  }

  refresh() {
    return readAgenda(this);
  }

  render() {
    const focused = this.contains(document.activeElement) ? document.activeElement.dataset.focus : null;
    drawRange(this);
    if (this.error) {
      this.summary.replaceChildren();
      this.body.replaceChildren(...readFailure(this));
      return;
    }
    if (!this.agenda) return;
    const items = this.agenda.items;
    if (items.length === 0) {
      this.summary.replaceChildren();
      this.body.replaceChildren(this.bookSize === 0 ? emptyBook(this) : allClear());
      return;
    }
    drawSummary(this, items.filter((i) => !isSent(this, i)));
    drawItems(this, items.filter((i) => this.matches(i)));
    this.restoreFocus(focused);
  }

  // ---- The filter, kept in the address ----

  setFilter(filter) {
    this.filter = filter;
    history.replaceState(null, '', this.address());
    this.render();
  }

  filterName() {
    if (this.filter === 'overdue') return 'Overdue items';
    return this.filter === 'all' ? 'Items' : kindOf(this.filter).plural;
  }

  matches(item) {
    if (this.filter === 'all') return true;
    if (this.filter === 'overdue') return item.overdue;
    return item.kind === this.filter;
  }

  // ---- The focus: through redraws, into and out of the inline forms, on after a change ----

  toggleForm(i, type) {
    const same = this.form && this.form.key === i.key && this.form.type === type;
    this.form = same ? null : { key: i.key, type };
    this.render();
    const target = same ? this.querySelector(`[data-focus="${cssEscape(`${i.key}:${type}`)}"]`)
      : this.querySelector(`[data-key="${cssEscape(i.key)}"] form select, [data-key="${cssEscape(i.key)}"] form input`);
    if (target) target.focus();
  }

  closeForm(i, type) {
    this.form = null;
    this.render();
    const back = this.querySelector(`[data-focus="${cssEscape(`${i.key}:${type}`)}"]`);
    if (back) back.focus();
  }

  /**
   * Refreshes, says what happened, and puts the focus on the item that followed the one acted
   * on (or the one before, at the end of the list), so work goes on from the keyboard.
   */
  async afterChange(i, message, extra, wait = true) {
    const order = [...this.querySelectorAll('.agenda-item')].map((li) => li.dataset.key);
    const at = order.indexOf(i.key);
    const candidates = [...order.slice(at + 1), ...order.slice(0, Math.max(at, 0)).reverse()];
    await readAfterChange(this, i, wait);
    if (!this.isConnected) {
      // The change is stored all the same; only what a half-settled read would add is left out.
      toast(message, 'success');
      return;
    }
    const still = Boolean(this.agenda && this.agenda.items.some((x) => x.key === i.key && !isSent(this, x)));
    toast(`${message}${extra ? extra(still) : ''}`, 'success');
    const next = still ? i.key : candidates.find((k) => this.querySelector(`[data-key="${cssEscape(k)}"]`));
    const li = next ? this.querySelector(`[data-key="${cssEscape(next)}"]`) : null;
    const target = li ? li.querySelector('[data-primary]:not([disabled])') || li : this.querySelector('.agenda-section h2, .empty h2');
    if (target) target.focus();
  }

  restoreFocus(focus) {
    if (!focus) return;
    const again = this.querySelector(`[data-focus="${cssEscape(focus)}"]`);
    if (again) again.focus();
  }

  downloadIcs() {
    download(`/api/v1/agenda.ics?${this.parameters()}&limit=1000`);
    toast('Downloading the agenda as an .ics file: open it with your calendar to import it.');
  }
}

function cssEscape(text) {
  return window.CSS && CSS.escape ? CSS.escape(text) : text.replace(/["\\]/g, '\\$&');
}

customElements.define('meridian-agenda', AgendaView);
