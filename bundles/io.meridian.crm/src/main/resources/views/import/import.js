// The Import view: bring contacts in from a file in four steps a first-time user can follow
// (choose the file, check where each column goes, a test run that changes nothing, the import
// itself with its progress), every import's report with undo, and the export of everyone.
// Routes: #/import (new import), #/import?tab=history|export, #/import/<id>[?kind=&page=] (one import).
// This module is the element: it reads the address, holds what the steps share (the options, the
// chosen file, the poll in progress) and hands the panel to choose.js, preview.js, run.js or
// history.js. The first step reaches the second through the element, so they need not import each other.
import { api, h, errorBox, navigate, profile, debounce, stylesheet } from '/ui/meridian.js';
import { dropped, renderChoose } from './choose.js';
import { preview, renderPreview } from './preview.js';
import { renderRun } from './run.js';
import { renderExport, renderHistory } from './history.js';

const STYLESHEET = '/views/import/import.css';
const TABS = [
  { id: 'new', label: 'New import', route: '#/import' },
  { id: 'history', label: 'History', route: '#/import?tab=history' },
  { id: 'export', label: 'Export', route: '#/import?tab=export' },
];

class ImportView extends HTMLElement {
  static get observedAttributes() { return ['route', 'query']; }

  connectedCallback() {
    stylesheet(STYLESHEET);
    // What the user chose in this window: a File can live only here, never in the address.
    this.session = null;
    this.choices = { country: profile().homeCountry || '', mode: 'both', mergeSimilar: false, format: '', encoding: '', delimiter: '' };
    this.options = null;
    this.remapLater = debounce(() => this.preview(), 250);
    this.tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Import, history or export' });
    this.tabButtons = null;
    this.body = h('div', { id: 'import-panel', role: 'tabpanel' });
    this.replaceChildren(this.tabs, this.body);
    // A file dropped anywhere on the first step is taken, not opened by the browser in place of the workbench.
    this.addEventListener('dragover', (e) => { if (this.querySelector('#import-drop')) e.preventDefault(); });
    this.addEventListener('drop', (e) => dropped(this, e));
    this.loadOptions();
  }

  disconnectedCallback() {
    // A view no longer shown asks the server nothing more: no next poll, no preview still out or waiting.
    this.stopPolling();
    this.remapLater.cancel();
    if (this.previewAbort) this.previewAbort.abort();
  }

  attributeChangedCallback() {
    if (this.isConnected && this.options) this.render();
  }

  async loadOptions() {
    this.body.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Getting the import ready…'));
    try {
      this.options = await api('/api/v1/import/options');
    } catch (e) {
      if (!this.isConnected) return;
      this.body.replaceChildren(errorBox(e, 'The import could not be prepared'),
        h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => this.loadOptions() }, 'Try again')));
      return;
    }
    if (this.isConnected) this.render();
  }

  get route() { return this.getAttribute('route') || ''; }

  get query() { return new URLSearchParams(this.getAttribute('query') || ''); }

  /** Draws what the address asks for; an undo calls it too, from an import's page or the history. */
  render() {
    this.stopPolling();
    const runId = /^\d+$/.test(this.route) ? Number(this.route) : null;
    const tab = runId !== null ? 'history' : (['history', 'export'].includes(this.query.get('tab')) ? this.query.get('tab') : 'new');
    this.renderTabs(tab, runId);
    this.body.setAttribute('aria-labelledby', `import-tab-${tab}`);
    if (runId !== null) renderRun(this, runId);
    else if (tab === 'history') renderHistory(this);
    else if (tab === 'export') renderExport(this);
    else {
      // After an import of the chosen file, a new import starts from a new file.
      if (this.session && this.session.realRunId) this.session = null;
      if (this.session && this.session.preview) renderPreview(this);
      else if (this.session) this.preview();
      else renderChoose(this);
    }
  }

  /** Reads the chosen file again with the current options and mapping; the first step calls it when a file is chosen. */
  preview() {
    preview(this);
  }

  /**
   * The tabs are made once and changed in place, so the one the user clicked keeps the focus through
   * the redraw. Only one of them is in the Tab order; Left and Right move to the others and show them.
   */
  renderTabs(tab, runId) {
    if (!this.tabButtons) {
      this.tabButtons = TABS.map((t, i) => h('button', {
        type: 'button', role: 'tab', id: `import-tab-${t.id}`, 'aria-controls': 'import-panel', onclick: () => navigate(t.route),
        onkeydown: (e) => {
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          e.preventDefault();
          const next = (i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
          this.tabButtons[next].focus();
          navigate(TABS[next].route);
        },
      }, t.label));
      this.tabs.replaceChildren(...this.tabButtons);
    }
    TABS.forEach((t, i) => {
      // An import's own page belongs to the history: no tab is selected, but History is the one the keyboard reaches.
      this.tabButtons[i].setAttribute('aria-selected', String(tab === t.id && runId === null));
      this.tabButtons[i].tabIndex = tab === t.id ? 0 : -1;
    });
  }

  /** Ends the poll of the page shown; a request still out finds its token stale and draws nothing. */
  stopPolling() {
    clearTimeout(this.pollTimer);
    this.pollTimer = null;
    this.pollToken = (this.pollToken || 0) + 1;
  }
}

customElements.define('meridian-import', ImportView);
