// The knowledge base's search box: a combobox whose list offers completions as the reader types
// (article titles, countries, topics, or a respelling), chosen with the arrow keys and Enter or
// the mouse; Enter without a choice searches for the words typed. ARIA 1.2 combobox pattern.
import { api, h, icon, highlighted } from '/ui/meridian.js';

/** Completions are asked for once typing pauses this long. */
const PAUSE_MS = 120;

const KINDS = {
  article: { label: 'Article', icon: 'book' },
  country: { label: 'Country', icon: 'globe' },
  topic: { label: 'Topic', icon: 'flag' },
  spelling: { label: 'Did you mean', icon: 'search' },
};

export class SearchBox {
  /**
   * @param onSearch called with the words when the reader searches
   * @param onChoose called with a suggestion {text, kind, target} the reader picked
   */
  constructor({ value = '', onSearch, onChoose }) {
    this.onSearch = onSearch;
    this.onChoose = onChoose;
    this.items = [];
    this.active = -1;
    this.request = null;
    this.input = h('input', {
      type: 'search', id: 'kb-search', class: 'kb-search-input', value, autocomplete: 'off', spellcheck: 'false',
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'kb-suggestions',
      'aria-describedby': 'kb-search-hint', placeholder: 'Search articles, country profiles and your notes',
      oninput: () => this.typed(), onkeydown: (e) => this.key(e), onblur: () => setTimeout(() => this.close(), 120),
      onfocus: () => { if (this.items.length && this.itemsFor === this.input.value.trim()) this.open(); },
    });
    this.list = h('ul', { id: 'kb-suggestions', role: 'listbox', class: 'kb-suggestions', 'aria-label': 'Suggestions', hidden: true });
    this.status = h('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.element = h('form', { class: 'kb-searchbox', role: 'search', onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      h('label', { for: 'kb-search', class: 'visually-hidden' }, 'Search the knowledge base'),
      h('div', { class: 'kb-search-field' }, icon('search'), this.input, this.list),
      h('button', { type: 'submit', class: 'button primary' }, 'Search'),
      this.status);
  }

  get value() {
    return this.input.value;
  }

  set value(text) {
    this.input.value = text;
  }

  focus() {
    this.input.focus();
  }

  destroy() {
    this.cancel();
  }

  /** Forgets completions asked for or on their way: the reader has moved on. */
  cancel() {
    clearTimeout(this.timer);
    if (this.request) this.request.abort();
  }

  typed() {
    const text = this.input.value.trim();
    // what is listed no longer answers what is typed: Enter searches the words until the new list comes
    this.highlight(-1);
    this.cancel();
    if (!text) {
      this.items = [];
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.fetch(text), PAUSE_MS);
  }

  async fetch(text) {
    const request = new AbortController();
    this.request = request;
    try {
      const { suggestions } = await api(`/api/v1/kb/suggest?q=${encodeURIComponent(text)}&limit=8`, { signal: request.signal });
      if (request.signal.aborted || this.input.value.trim() !== text) return;
      this.show(suggestions, text);
    } catch (e) {
      // completions are a convenience: a failure leaves the box to search as typed
      if (e.name !== 'AbortError') this.close();
    }
  }

  show(suggestions, text) {
    this.items = suggestions;
    this.itemsFor = text;
    this.active = -1;
    const words = text.split(/\s+/).filter(Boolean);
    this.list.replaceChildren(...suggestions.map((s, i) => {
      const kind = KINDS[s.kind] || { label: s.kind, icon: 'arrow' };
      return h('li', {
        id: `kb-suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: `kb-suggestion ${s.kind}`,
        // mousedown, not click: the input keeps the focus, so its blur does not close the list first
        onmousedown: (e) => { e.preventDefault(); this.choose(i); },
        onmousemove: () => this.highlight(i),
      }, icon(kind.icon), h('span', { class: 'kb-suggestion-text' }, s.kind === 'spelling' ? s.text : highlighted(s.text, words)),
      h('span', { class: 'kb-suggestion-kind' }, kind.label));
    }));
    this.input.removeAttribute('aria-activedescendant');
    if (suggestions.length && document.activeElement === this.input) this.open();
    else this.close();
    this.status.textContent = suggestions.length
      ? `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}; use the arrow keys to choose one.` : '';
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.highlight(-1);
  }

  get isOpen() {
    return !this.list.hidden;
  }

  highlight(i) {
    this.active = i;
    [...this.list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
    if (i >= 0 && this.list.children[i]) {
      this.input.setAttribute('aria-activedescendant', this.list.children[i].id);
      this.list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  key(e) {
    const n = this.items.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      if (!this.isOpen) {
        this.open();
        this.highlight(e.key === 'ArrowDown' ? 0 : n - 1);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // past either end the focus returns to the words typed, as in a browser's own address bar
      const next = this.active + step;
      this.highlight(next < -1 ? n - 1 : next >= n ? -1 : next);
    } else if (e.key === 'Enter' && this.isOpen && this.active >= 0) {
      e.preventDefault();
      this.choose(this.active);
    } else if (e.key === 'Escape') {
      if (this.isOpen) {
        // the frame closes its contact panel on Escape; here Escape belongs to the list
        e.preventDefault();
        e.stopPropagation();
        this.close();
      }
    } else if (e.key === 'Tab') {
      this.close();
    }
  }

  choose(i) {
    const s = this.items[i];
    if (!s) return;
    this.cancel();
    this.close();
    if (s.kind === 'spelling') this.input.value = s.text;
    this.onChoose(s);
  }

  submit() {
    this.cancel();
    this.close();
    this.onSearch(this.input.value.trim());
  }
}
