// A country's page: its profile (the culture scales as tracks, against the reader's home country
// when there is one), the advice sections, gifts and phrases, who contributed it, the reader's
// own notes on it (added, edited, deleted here) and the articles about it.
import {
  api, h, icon, errorBox, emptyState, countryName, formatDate, formatDateTime, toast, confirmDialog, profile,
} from '/ui/meridian.js';
import {
  SCALES, SECTION_ORDER, articleItem, arrive, breadcrumb, distinctSources, languageName, monogram, regionLabel, renderBlocks,
  scaleTitle, scaleTrack, sectionTitle, sourceList,
} from './shared.js';

/**
 * The page's sections as buttons that scroll to them: a link to "#…" would be taken by the
 * frame's router for a route.
 */
function contents(sections) {
  return h('nav', { class: 'kb-toc', 'aria-label': 'On this page' }, h('ul', {}, sections.map((section) => {
    const heading = section.querySelector('h3');
    return h('li', {}, h('button', { type: 'button', class: 'link-button', onclick: () => {
      heading.setAttribute('tabindex', '-1');
      heading.scrollIntoView({ behavior: 'smooth', block: 'start' });
      heading.focus({ preventScroll: true });
    } }, heading.textContent.replace(/\d+$/, '').trim()));
  })));
}

export class CountryPage {
  constructor() {
    this.element = h('div', { class: 'kb-country' }, h('p', { class: 'loading' }, 'Reading the profile…'));
  }

  destroy() {
    if (this.request) this.request.abort();
  }

  async update({ route, query }) {
    const code = decodeURIComponent(route[0] || '').toUpperCase();
    const wantedNote = query.get('note');
    if (code === this.code && this.profile) {
      this.showNote(wantedNote);
      return;
    }
    this.code = code;
    if (this.request) this.request.abort();
    const request = new AbortController();
    this.request = request;
    const home = profile().homeCountry;
    let data;
    try {
      data = await Promise.all([
        api(`/api/v1/kb/countries/${encodeURIComponent(code)}`, { signal: request.signal }),
        api(`/api/v1/kb/articles?country=${encodeURIComponent(code)}`, { signal: request.signal }).catch(() => null),
        // the home profile only when the list says there is one, so no request is made to fail
        home && home !== code
          ? api('/api/v1/kb/countries', { signal: request.signal })
            .then((all) => (all.countries.some((c) => c.countryCode === home) ? api(`/api/v1/kb/countries/${home}`, { signal: request.signal }) : null))
            .catch(() => null)
          : null,
      ]);
    } catch (e) {
      if (e.name === 'AbortError') return;
      this.showFailure(code, e);
      return;
    }
    if (request.signal.aborted) return;
    const [p, articles, homeProfile] = data;
    this.profile = p;
    this.render(p, articles ? articles.articles : null, homeProfile);
    document.title = `${p.name} · Knowledge base · Meridian`;
    if (wantedNote) this.showNote(wantedNote);
    else arrive(this.heading);
  }

  showFailure(code, e) {
    const heading = h('h2', { tabindex: '-1' }, countryName(code) || code);
    this.element.replaceChildren(breadcrumb(['Knowledge base', '#/kb'], ['Countries', '#/kb/countries'], countryName(code) || code),
      heading,
      e.status === 404
        ? emptyState(`No profile for ${countryName(code) || code}`, 'No installed region pack describes this country yet. '
          + 'A region pack that covers it brings its profile, and the page fills in at once.',
        h('a', { class: 'button primary', href: '#/plugins?tab=features' }, icon('plugin'), 'Region packs'),
        h('a', { class: 'button', href: '#/kb/countries' }, 'All countries'))
        : errorBox(e, 'The profile could not be read'));
    arrive(heading);
  }

  render(p, articles, homeProfile) {
    this.heading = h('h2', { tabindex: '-1', class: 'kb-page-title' }, p.name);
    const native = Object.entries(p.names || {}).filter(([lang, name]) => lang !== 'en' && name !== p.name);
    const home = homeProfile ? homeProfile.countryCode : null;
    this.notesBox = h('div', {});
    const main = [this.scalesCard(p, homeProfile), this.adviceCard(p), this.giftsCard(p), this.phrasesCard(p)].filter(Boolean);
    const side = [
      h('section', { class: 'card kb-notes', 'aria-labelledby': 'kb-notes-title' },
        h('h3', { id: 'kb-notes-title' }, icon('note'), 'Your notes', p.notes.length ? h('span', { class: 'badge' }, String(p.notes.length)) : null),
        this.notesBox),
      this.articlesCard(p, articles),
      this.aboutCard(p)];
    this.element.replaceChildren(
      breadcrumb(['Knowledge base', '#/kb'], ['Countries', '#/kb/countries'], p.name),
      h('header', { class: 'kb-country-head' },
        monogram(p.countryCode, 'large'),
        h('div', { class: 'kb-country-id' }, this.heading,
          h('p', { class: 'kb-country-sub muted' },
            native.map(([lang, name]) => h('span', { lang, dir: 'auto', class: 'kb-native' }, name)),
            p.languages.length ? h('span', {}, p.languages.map(languageName).join(', ')) : null,
            p.timeZones.length ? h('span', {}, icon('clock'), p.timeZones.join(', ')) : null)),
        h('div', { class: 'kb-head-actions' },
          h('a', { class: 'button', href: `#/kb?country=${p.countryCode}` }, icon('book'), 'Articles'),
          h('a', { class: 'button primary', href: `#/kb/compare?countries=${home ? `${home},` : ''}${p.countryCode}` }, icon('chart'),
            home ? `Compare with ${homeProfile.name}` : 'Compare'))),
      contents([...main, ...side.slice(0, 2)]),
      h('div', { class: 'columns kb-country-columns' }, h('div', { class: 'kb-country-main' }, main), h('div', { class: 'kb-country-side' }, side)));
    this.renderNotes(p.notes);
  }

  scalesCard(p, homeProfile) {
    const ids = Object.keys(SCALES).filter((id) => p.scales[id]).concat(Object.keys(p.scales).filter((id) => !SCALES[id]));
    if (!ids.length) return null;
    const legend = homeProfile ? h('ul', { class: 'legend' },
      h('li', {}, h('span', { class: 'swatch s0' }), p.name),
      h('li', {}, h('span', { class: 'swatch kb-hollow-swatch' }), `${homeProfile.name} (your home)`)) : null;
    return h('section', { class: 'card kb-scales', 'aria-labelledby': 'kb-scales-title' },
      h('div', { class: 'kb-section-head' }, h('h3', { id: 'kb-scales-title' }, 'Culture scales'), h('div', { class: 'spacer' }), legend),
      h('p', { class: 'small muted' }, 'Where the profile\'s authors place the country between two poles, from 0 to 100, with their reasons.'),
      h('ol', { class: 'kb-scale-list' }, ids.map((id) => {
        const s = p.scales[id];
        const theirs = homeProfile && homeProfile.scales[id];
        const markers = [];
        if (theirs) markers.push({ code: homeProfile.countryCode, value: theirs.value, series: 0, hollow: true });
        markers.push({ code: p.countryCode, value: s.value, series: 0 });
        const label = `${scaleTitle(id)}: ${p.name} ${s.value} of 100, between ${s.low} (0) and ${s.high} (100)`
          + (theirs ? `; ${homeProfile.name} ${theirs.value}` : '');
        return h('li', { class: 'kb-scale', dataset: { scale: id } },
          h('div', { class: 'kb-scale-head' },
            h('h4', {}, scaleTitle(id)),
            SCALES[id] ? h('span', { class: 'small muted' }, SCALES[id]) : null,
            h('span', { class: 'kb-scale-value', 'aria-hidden': 'true' }, String(s.value))),
          h('div', { class: 'kb-poles small muted', 'aria-hidden': 'true' }, h('span', {}, s.low), h('span', {}, s.high)),
          scaleTrack(markers, label),
          h('p', { class: 'kb-scale-note' }, s.note),
          s.sources.length ? h('details', { class: 'kb-cite small' }, h('summary', {}, `Sources (${s.sources.length})`), sourceList(s.sources)) : null);
      })));
  }

  adviceCard(p) {
    const ids = SECTION_ORDER.filter((id) => p.sections[id]).concat(Object.keys(p.sections).filter((id) => !SECTION_ORDER.includes(id)));
    if (!ids.length) return null;
    return h('section', { class: 'card kb-advice', 'aria-labelledby': 'kb-advice-title' },
      h('h3', { id: 'kb-advice-title' }, 'Working together'),
      ids.map((id) => h('section', { class: 'kb-prose kb-advice-section', dataset: { section: id } },
        h('h4', {}, sectionTitle(id)),
        p.sectionBlocks && p.sectionBlocks[id] ? renderBlocks(p.sectionBlocks[id], { headingLevel: 5 }) : h('p', {}, p.sections[id]))));
  }

  giftsCard(p) {
    const g = p.gifts || {};
    const column = (title, items, className, iconName) => (items && items.length
      ? h('div', { class: `kb-gift ${className}` }, h('h4', {}, icon(iconName), title), h('ul', {}, items.map((t) => h('li', {}, t))))
      : null);
    const columns = [column('Good gifts', g.do, 'do', 'check'), column('Avoid', g.dont, 'dont', 'close'), column('Taboos', g.taboos, 'taboo', 'warning')]
      .filter(Boolean);
    if (!columns.length) return null;
    return h('section', { class: 'card', 'aria-labelledby': 'kb-gifts-title' },
      h('h3', { id: 'kb-gifts-title' }, 'Gifts'), h('div', { class: 'kb-gifts' }, columns));
  }

  phrasesCard(p) {
    if (!p.phrases || !p.phrases.length) return null;
    return h('section', { class: 'card', 'aria-labelledby': 'kb-phrases-title' },
      h('h3', { id: 'kb-phrases-title' }, 'Phrases worth knowing'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'table kb-phrases' },
        h('caption', { class: 'visually-hidden' }, `Phrases in the languages of ${p.name}`),
        h('thead', {}, h('tr', {}, ['Phrase', 'Say it', 'Meaning'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, p.phrases.map((ph) => h('tr', {},
          h('td', { lang: ph.language, class: 'kb-phrase' }, ph.text),
          h('td', {}, ph.transliteration || ''),
          h('td', {}, ph.meaning)))))));
  }

  articlesCard(p, articles) {
    return h('section', { class: 'card', 'aria-labelledby': 'kb-country-articles' },
      h('h3', { id: 'kb-country-articles' }, icon('book'), `Articles about ${p.name}`),
      articles === null ? h('p', { class: 'small muted' }, 'The articles could not be listed.')
        : articles.length ? h('ul', { class: 'kb-article-list compact' }, articles.map((a) => articleItem(a)))
          : h('p', { class: 'small muted' }, 'No article is about this country yet.'));
  }

  aboutCard(p) {
    const sources = distinctSources(p.sources);
    return h('section', { class: 'card kb-about', 'aria-labelledby': 'kb-about-title' },
      h('h3', { id: 'kb-about-title' }, 'About this profile'),
      h('dl', { class: 'kv small' },
        h('dt', {}, 'From'), h('dd', {}, h('span', { class: 'kb-bundle' }, `${regionLabel(p.bundle)} pack`),
          h('span', { class: 'muted' }, ` ${p.bundle} ${p.bundleVersion}`)),
        h('dt', {}, 'Reviewed'), h('dd', {}, formatDate(p.lastReviewed)),
        p.alsoContributedBy.length ? [h('dt', {}, 'Also in'), h('dd', {}, p.alsoContributedBy.join(', '))] : null),
      sources.length ? [h('h4', {}, 'Sources'), sourceList(sources)] : null);
  }

  // ---- the reader's notes ----

  renderNotes(notes) {
    const text = h('textarea', { id: 'kb-note-new', rows: '3', maxlength: '10000', placeholder: `What you learned about working with ${this.profile.name}…`,
      'aria-describedby': 'kb-note-new-error' });
    const error = h('span', { class: 'error', id: 'kb-note-new-error', role: 'alert' });
    const save = h('button', { type: 'submit', class: 'button primary small' }, 'Add note');
    const form = h('form', { class: 'kb-note-form', onsubmit: (e) => { e.preventDefault(); this.addNote(text, error, save); } },
      h('div', { class: 'field' }, h('label', { for: 'kb-note-new' }, 'New note'), text, error),
      h('div', { class: 'row' }, save, h('span', { class: 'small muted' }, 'Notes are private to you and searchable.')));
    this.notesList = h('ul', { class: 'list kb-note-list', 'aria-label': `Notes on ${this.profile.name}` });
    this.notesBox.replaceChildren(this.notesList, form);
    this.fillNotes(notes);
  }

  fillNotes(notes) {
    this.notes = notes;
    this.notesList.replaceChildren(...(notes.length ? notes.map((n) => this.noteItem(n))
      : [h('li', { class: 'kb-note-empty small muted' }, 'No notes yet. Keep what you learn from each conversation here.')]));
  }

  noteItem(n) {
    const changed = n.updated && n.updated !== n.created;
    return h('li', { class: 'kb-note', dataset: { note: String(n.id) }, tabindex: '-1' },
      h('p', { class: 'kb-note-text' }, n.text),
      h('div', { class: 'kb-note-meta small' },
        h('span', { class: 'muted' }, changed ? `Edited ${formatDateTime(n.updated)}` : formatDateTime(n.created)),
        h('button', { type: 'button', class: 'link-button', 'aria-label': 'Edit this note', onclick: (e) => this.editNote(n, e.target.closest('li')) }, 'Edit'),
        h('button', { type: 'button', class: 'link-button kb-danger', 'aria-label': 'Delete this note', onclick: () => this.deleteNote(n) }, 'Delete')));
  }

  async reloadNotes() {
    try {
      const { notes } = await api(`/api/v1/kb/notes?country=${encodeURIComponent(this.code)}`);
      this.fillNotes(notes);
    } catch (e) {
      this.notesList.replaceChildren(h('li', {}, errorBox(e, 'The notes could not be read')));
    }
  }

  async addNote(text, error, save) {
    error.textContent = '';
    text.removeAttribute('aria-invalid');
    if (!text.value.trim()) {
      error.textContent = 'Write something first.';
      text.setAttribute('aria-invalid', 'true');
      text.focus();
      return;
    }
    save.disabled = true;
    try {
      await api('/api/v1/kb/notes', { method: 'POST', json: { country: this.code, text: text.value } });
      text.value = '';
      toast('Note added.', 'success');
      await this.reloadNotes();
    } catch (e) {
      error.textContent = (e.fields && e.fields.text) || e.detail || e.message;
      text.setAttribute('aria-invalid', 'true');
      text.focus();
    } finally {
      save.disabled = false;
    }
  }

  editNote(n, item) {
    const id = `kb-note-edit-${n.id}`;
    const text = h('textarea', { id, rows: '4', maxlength: '10000', value: n.text, 'aria-describedby': `${id}-error` });
    text.value = n.text;
    const error = h('span', { class: 'error', id: `${id}-error`, role: 'alert' });
    const cancel = h('button', { type: 'button', class: 'button small', onclick: () => { item.replaceWith(this.noteItem(n)); } }, 'Cancel');
    const form = h('form', { class: 'kb-note-form', onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api(`/api/v1/kb/notes/${n.id}`, { method: 'PUT', json: { text: text.value, version: n.version } });
        toast('Note saved.', 'success');
        await this.reloadNotes();
        this.notesList.querySelector(`[data-note="${n.id}"]`)?.focus();
      } catch (err) {
        error.textContent = err.status === 409
          ? 'This note was changed elsewhere since you opened it. Cancel to see the latest text, then edit again.'
          : (err.fields && err.fields.text) || err.detail || err.message;
        text.setAttribute('aria-invalid', 'true');
      }
    } },
    h('div', { class: 'field' }, h('label', { for: id }, 'Edit note'), text, error),
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'button primary small' }, 'Save'), cancel));
    const editing = h('li', { class: 'kb-note editing', dataset: { note: String(n.id) } }, form);
    item.replaceWith(editing);
    text.focus();
  }

  async deleteNote(n) {
    const ok = await confirmDialog({ title: 'Delete this note?', message: `“${n.text.length > 120 ? `${n.text.slice(0, 119)}…` : n.text}” is deleted for good.`,
      confirm: 'Delete', danger: true });
    if (!ok) return;
    try {
      await api(`/api/v1/kb/notes/${n.id}`, { method: 'DELETE' });
      toast('Note deleted.', 'success');
    } catch (e) {
      toast(e.detail || e.message, 'error');
    }
    await this.reloadNotes();
    document.getElementById('kb-note-new')?.focus();
  }

  showNote(id) {
    if (!id || !this.notesList) return;
    const item = this.notesList.querySelector(`[data-note="${CSS.escape(id)}"]`);
    if (!item) return;
    item.scrollIntoView({ block: 'center' });
    item.classList.add('kb-flash');
    item.focus({ preventScroll: true });
  }
}
