// The Import view: bring contacts in from a file in four steps a first-time user can follow
// (choose the file, check where each column goes, a test run that changes nothing, the import
// itself with its progress), every import's report with undo, and the export of everyone.
// Routes: #/import (new import), #/import?tab=history|export, #/import/<id>[?kind=&page=] (one import).
import {
  api, h, icon, toast, confirmDialog, errorBox, emptyState, formatDateTime, countryName, navigate, profile, views, openContact, debounce, replace, stylesheet, capitalised,
} from '/ui/meridian.js';

const STYLESHEET = '/views/import/import.css';
// The preview reads twenty records: a slice of the file holds them, so changing a column's
// target does not send a large file again. The import itself sends the whole file.
const PREVIEW_BYTES = 4 * 1024 * 1024;
const REPORT_PAGE = 50;
const PEOPLE_PAGE = 50;
const HISTORY_PAGE = 20;
const POLL_MS = 700;
const ACTIVE = new Set(['queued', 'running', 'interrupted']);

const MODES = [
  { value: 'both', label: 'Add what is new', hint: 'People already in Meridian get what the file adds; everyone else is created.' },
  { value: 'create', label: 'Only create new people', hint: 'People already in Meridian are left exactly as they are.' },
  { value: 'update', label: 'Only update people already here', hint: 'No one new is created; rows that match no one are listed.' },
];
const MODE_NAMES = { create_and_update: 'add what is new', create_only: 'only create', update_only: 'only update' };
const ENCODINGS = ['UTF-8', 'UTF-16LE', 'UTF-16BE', 'windows-1252', 'ISO-8859-1'];
const DELIMITERS = [[',', 'Comma ( , )'], [';', 'Semicolon ( ; )'], ['tab', 'Tab'], ['|', 'Pipe ( | )']];
const SOURCES = {
  preset: ['badge info', 'From the export layout'], name: ['badge', 'By its name'], mapping: ['badge good', 'Your choice'],
  unmapped: ['badge warn', 'Kept as custom field'],
};
// Report kinds: their words, the count that says how many there are, and the badge colour.
const KINDS = [
  { kind: 'rejected', label: 'Rejected', one: 'Rejected', count: 'rejected', badge: 'bad' },
  { kind: 'warning', label: 'Warnings', one: 'Warning', count: 'warnings', badge: 'warn' },
  { kind: 'possible_duplicate', label: 'Possible duplicates', one: 'Possible duplicate', count: 'possibleDuplicates', badge: 'warn' },
  { kind: 'updated', label: 'Updated', one: 'Updated', count: 'updated', badge: 'info' },
  // Merged similar people count among the updated: the chip is offered with them, without a figure of its own.
  { kind: 'merged_similar', label: 'Merged similar', one: 'Merged similar', count: 'updated', quiet: true, badge: 'info' },
  { kind: 'unchanged', label: 'Unchanged', one: 'Unchanged', count: 'unchanged', badge: '' },
  { kind: 'skipped', label: 'Skipped', one: 'Skipped', count: 'skipped', badge: '' },
];
const KIND = Object.fromEntries(KINDS.map((k) => [k.kind, k]));
const STATES = {
  queued: ['badge info', 'Waiting to start'], running: ['badge info', 'Running'], interrupted: ['badge warn', 'Interrupted'],
  done: ['badge good', 'Done'], failed: ['badge bad', 'Failed'], cancelled: ['badge warn', 'Cancelled'], undone: ['badge', 'Undone'],
};

/** A size a person reads: 1.2 MB, 640 KB. */
function formatBytes(bytes) {
  if (bytes == null) return '';
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) { value /= 1000; unit += 1; }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

function stateBadge(state) {
  const [cls, text] = STATES[state] || ['badge', state];
  return h('span', { class: cls, dataset: { state } }, text);
}

/** The first part of a large file, ending at a line break, so the preview never sees half a record. */
async function previewPart(file) {
  if (file.size <= PREVIEW_BYTES) return file;
  // Only the last 64 KB of the slice are read here, to find a line end; the browser sends the rest from disk.
  const tailStart = PREVIEW_BYTES - 64 * 1024;
  const tail = new Uint8Array(await file.slice(tailStart, PREVIEW_BYTES).arrayBuffer());
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const utf16le = head[0] === 0xff && head[1] === 0xfe;
  const at = tail.lastIndexOf(0x0a);
  if (at < 0) return file.slice(0, PREVIEW_BYTES);
  // In UTF-16 LE a line feed is 0A 00: keep both bytes, or the last character is cut in half.
  return file.slice(0, tailStart + at + (utf16le ? 2 : 1));
}

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
    this.body = h('div', { id: 'import-panel', role: 'tabpanel' });
    this.replaceChildren(this.tabs, this.body);
    // A file dropped anywhere on the first step is taken, not opened by the browser in place of the workbench.
    this.addEventListener('dragover', (e) => { if (this.querySelector('#import-drop')) e.preventDefault(); });
    this.addEventListener('drop', (e) => this.dropped(e));
    this.connected = true;
    this.loadOptions();
  }

  disconnectedCallback() {
    this.connected = false;
    this.stopPolling();
  }

  attributeChangedCallback() {
    if (this.connected && this.options) this.render();
  }

  async loadOptions() {
    this.body.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Getting the import ready…'));
    try {
      this.options = await api('/api/v1/import/options');
    } catch (e) {
      this.body.replaceChildren(errorBox(e, 'The import could not be prepared'),
        h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => this.loadOptions() }, 'Try again')));
      return;
    }
    this.render();
  }

  get route() { return this.getAttribute('route') || ''; }

  get query() { return new URLSearchParams(this.getAttribute('query') || ''); }

  render() {
    this.stopPolling();
    const runId = /^\d+$/.test(this.route) ? Number(this.route) : null;
    const tab = runId !== null ? 'history' : (['history', 'export'].includes(this.query.get('tab')) ? this.query.get('tab') : 'new');
    this.renderTabs(tab, runId);
    this.body.setAttribute('aria-labelledby', `import-tab-${tab}`);
    if (runId !== null) this.renderRun(runId);
    else if (tab === 'history') this.renderHistory();
    else if (tab === 'export') this.renderExport();
    else {
      // After an import of the chosen file, a new import starts from a new file.
      if (this.session && this.session.realRunId) this.session = null;
      if (this.session && this.session.preview) this.renderPreview();
      else if (this.session) this.preview();
      else this.renderChoose();
    }
  }

  renderTabs(selected, runId) {
    const tab = (id, label, route) => h('button', {
      type: 'button', role: 'tab', id: `import-tab-${id}`, 'aria-selected': String(selected === id && runId === null),
      'aria-controls': 'import-panel', onclick: () => navigate(route),
    }, label);
    this.tabs.replaceChildren(tab('new', 'New import', '#/import'), tab('history', 'History', '#/import?tab=history'),
      tab('export', 'Export', '#/import?tab=export'));
  }

  /** Where the user is in the four steps; shown while the steps concern the file they chose here. */
  steps(current) {
    const names = ['Choose a file', 'Check the columns', 'Test run', 'Import'];
    return h('ol', { class: 'import-steps', 'aria-label': 'Steps of an import' }, names.map((name, i) => h('li', {
      class: i + 1 < current ? 'done' : null, 'aria-current': i + 1 === current ? 'step' : null,
    }, h('span', { class: 'import-step-number', 'aria-hidden': 'true' }, i + 1 < current ? '✓' : String(i + 1)),
    h('span', {}, name), i + 1 < current ? h('span', { class: 'visually-hidden' }, ' (done)') : null)));
  }

  // ---- Step 1: choose a file and how to read it ----

  renderChoose(error) {
    const max = this.options.maxFileMegabytes;
    const input = h('input', {
      type: 'file', id: 'import-file', accept: '.csv,.tsv,.txt,.vcf,.vcard,.json,text/csv,text/vcard,application/json',
      'aria-describedby': 'import-file-hint', onchange: () => { if (input.files[0]) this.chooseFile(input.files[0]); },
    });
    const zone = h('div', { class: 'import-drop', id: 'import-drop' },
      icon('import'),
      h('p', { class: 'import-drop-title' }, 'Drop a contacts file here'),
      h('p', { class: 'muted small' }, 'or'),
      h('label', { for: 'import-file', class: 'visually-hidden' }, 'Contacts file to import'),
      input,
      h('p', { class: 'hint small muted', id: 'import-file-hint' },
        `CSV from Google Contacts, Outlook, Salesforce, HubSpot, Zoho, Pipedrive or any spreadsheet; vCard (.vcf) from a phone `
        + `or address book; or a Meridian JSON export. Up to ${max.toLocaleString()} MB.`));
    zone.addEventListener('dragover', () => zone.classList.add('over'));
    zone.addEventListener('dragleave', (e) => { if (!zone.contains(e.relatedTarget)) zone.classList.remove('over'); });

    replace(this.body,
      this.steps(1),
      h('div', { class: 'columns' },
        h('div', {},
          h('section', { class: 'card', 'aria-labelledby': 'import-choose-title' },
            h('h2', { id: 'import-choose-title' }, 'Choose the file to import'),
            h('p', { class: 'muted' }, 'Nothing is stored yet: next you see how the file is read and where each column goes.'),
            error ? errorBox(error, 'This file cannot be imported') : null,
            zone),
          h('section', { class: 'card', 'aria-labelledby': 'import-options-title' },
            h('h2', { id: 'import-options-title' }, 'Import options'), this.readingOptions())),
        h('aside', { 'aria-label': 'About importing' }, this.howItWorks(), this.whereToGetIt())));
  }

  /** The import's options: they stay for the next file, and a change that alters the preview reads it again. */
  readingOptions() {
    const changed = () => { if (this.session && this.session.file) this.preview(); };
    const countries = this.options.countries.map((code) => [code, countryName(code)]).sort((a, b) => a[1].localeCompare(b[1]));
    const country = h('select', {
      id: 'import-country', 'aria-describedby': 'import-country-hint',
      onchange: (e) => { this.choices.country = e.target.value; changed(); },
    }, h('option', { value: '' }, 'None: keep national numbers as they are'),
    countries.map(([code, name]) => h('option', { value: code }, `${name} (${code})`)));
    country.value = this.choices.country;
    const mode = h('fieldset', { class: 'import-mode' }, h('legend', {}, 'When someone is already in Meridian'),
      MODES.map((m) => h('div', { class: 'import-radio' },
        h('input', {
          type: 'radio', name: 'import-mode', id: `import-mode-${m.value}`, value: m.value, checked: this.choices.mode === m.value,
          'aria-describedby': `import-mode-${m.value}-hint`, onchange: () => { this.choices.mode = m.value; },
        }),
        h('label', { for: `import-mode-${m.value}` }, m.label),
        h('span', { class: 'hint', id: `import-mode-${m.value}-hint` }, m.hint))));
    const merge = h('div', { class: 'import-check' },
      h('input', {
        type: 'checkbox', id: 'import-merge', checked: this.choices.mergeSimilar, 'aria-describedby': 'import-merge-hint',
        onchange: (e) => { this.choices.mergeSimilar = e.target.checked; },
      }),
      h('label', { for: 'import-merge' }, 'Merge similar people'),
      h('span', { class: 'hint', id: 'import-merge-hint' }, 'Someone with the same family name and a similar given name at the same '
        + 'organisation is merged into them. Otherwise they are created and listed as a possible duplicate.'));
    const select = (id, label, hint, value, choices, key) => {
      const control = h('select', { id, 'aria-describedby': `${id}-hint`, onchange: (e) => { this.choices[key] = e.target.value; changed(); } },
        h('option', { value: '' }, 'Detect'), choices.map(([v, text]) => h('option', { value: v }, text)));
      control.value = value;
      return h('div', { class: 'field' }, h('label', { for: id }, label), control, h('span', { class: 'hint', id: `${id}-hint` }, hint));
    };
    const advanced = h('details', { class: 'import-advanced', open: Boolean(this.choices.format || this.choices.encoding || this.choices.delimiter) },
      h('summary', {}, 'Advanced: format, encoding and delimiter'),
      h('p', { class: 'small muted' }, 'Meridian detects these. Change them only if the preview shows garbled letters or everything in one column.'),
      h('div', { class: 'form-grid' },
        select('import-format', 'Format', 'What kind of file it is.', this.choices.format,
          this.options.formats.map((f) => [f.id, f.name]), 'format'),
        select('import-encoding', 'Encoding', 'Garbled accents (Ã©) mean another encoding.', this.choices.encoding,
          ENCODINGS.map((e) => [e, e]), 'encoding'),
        select('import-delimiter', 'Delimiter', 'What separates the cells of a CSV row.', this.choices.delimiter, DELIMITERS, 'delimiter')));
    return h('div', { class: 'stack' },
      h('div', { class: 'field' }, h('label', { for: 'import-country' }, 'Country of numbers without a country code'), country,
        h('span', { class: 'hint', id: 'import-country-hint' }, 'For rows that name no country: 030 901820 in Germany is stored as '
          + '+49 30 901820. Your home country from Preferences is the default.')),
      mode, merge, advanced);
  }

  howItWorks() {
    return h('section', { class: 'card', 'aria-labelledby': 'import-how-title' },
      h('h2', { id: 'import-how-title' }, 'How importing works'),
      h('ol', { class: 'import-how' },
        h('li', {}, h('strong', {}, 'Choose a file. '), 'Meridian recognises the export it comes from.'),
        h('li', {}, h('strong', {}, 'Check the columns. '), 'See where each column goes and the first people as they would be stored.'),
        h('li', {}, h('strong', {}, 'Test run. '), 'Every row is read and checked, and you get the full report. Nothing changes.'),
        h('li', {}, h('strong', {}, 'Import. '), 'People who are already here are matched by id, email or phone, not doubled. '
          + 'You can undo an import from the history.')));
  }

  whereToGetIt() {
    const item = (system, how) => h('li', {}, h('strong', {}, system), h('span', { class: 'muted' }, ` — ${how}`));
    return h('section', { class: 'card', 'aria-labelledby': 'import-where-title' },
      h('h2', { id: 'import-where-title' }, 'Getting a file out of'),
      h('ul', { class: 'list small' },
        item('Google Contacts', 'Export, then Google CSV or vCard'),
        item('Outlook', 'File › Open & Export › Import/Export › Export to a file › CSV'),
        item('HubSpot', 'Contacts › Export, as CSV'),
        item('Salesforce', 'Setup › Data Export (Contact.csv), or a contacts report exported as CSV'),
        item('Zoho CRM, Pipedrive', 'the contacts or people list › Export'),
        item('iPhone, Mac', 'select the contacts in Contacts › File › Export vCard')));
  }

  dropped(e) {
    const zone = this.querySelector('#import-drop');
    if (!zone) return;
    e.preventDefault();
    zone.classList.remove('over');
    const files = e.dataTransfer && e.dataTransfer.files;
    if (!files || !files.length) return;
    if (files.length > 1) toast(`One file at a time: ${files[0].name} is read, the others are left.`);
    this.chooseFile(files[0]);
  }

  chooseFile(file) {
    const max = this.options.maxFileMegabytes * 1024 * 1024;
    if (file.size === 0) {
      this.renderChoose(new Error(`${file.name} is empty. Export the contacts again and choose the new file.`));
      return;
    }
    if (file.size > max) {
      this.renderChoose(new Error(`${file.name} is ${formatBytes(file.size)}; one import takes up to ${this.options.maxFileMegabytes} MB. `
        + 'Split the file, or raise maxFileMegabytes in the import settings (Preferences).'));
      return;
    }
    this.session = { file, mapping: {}, auto: null, preview: null, dryRunId: null, realRunId: null };
    this.preview();
  }

  // ---- Step 2: the preview and the columns ----

  /** The options the import routes take, as query parameters. */
  params(extra = {}) {
    const p = new URLSearchParams({ name: this.session.file.name, mode: this.choices.mode });
    if (this.choices.country) p.set('country', this.choices.country);
    if (this.choices.mergeSimilar) p.set('mergeSimilar', 'true');
    for (const key of ['format', 'encoding', 'delimiter']) if (this.choices[key]) p.set(key, this.choices[key]);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    return p.toString();
  }

  form(part) {
    const body = new FormData();
    body.append('file', part, this.session.file.name);
    if (Object.keys(this.session.mapping).length) body.append('mapping', JSON.stringify({ columns: this.session.mapping }));
    return body;
  }

  async preview() {
    const session = this.session;
    const first = !session.preview;
    if (first) {
      this.body.replaceChildren(this.steps(2), h('div', { class: 'card import-busy', role: 'status' },
        h('progress', { class: 'progress', 'aria-label': `Reading ${session.file.name}` }),
        h('p', {}, `Reading the first records of ${session.file.name} (${formatBytes(session.file.size)})…`)));
    } else if (this.previewStatus) {
      this.previewStatus.textContent = 'Reading the file again with your changes…';
    }
    if (this.previewAbort) this.previewAbort.abort();
    const abort = new AbortController();
    this.previewAbort = abort;
    let preview;
    try {
      const body = this.form(await previewPart(session.file));
      preview = await api(`/api/v1/import/preview?${this.params()}`, { method: 'POST', body, signal: abort.signal });
    } catch (e) {
      if (e.name === 'AbortError' || this.session !== session) return;
      if (first) { this.session = null; this.renderChoose(e); return; }
      if (this.previewStatus) this.previewStatus.replaceChildren(errorBox(e, 'The new mapping could not be read'));
      return;
    }
    if (this.session !== session) return;
    if (!session.auto) session.auto = Object.fromEntries(preview.columns.map((c) => [c.column, c.target]));
    session.preview = preview;
    if (this.route === '' && !['history', 'export'].includes(this.query.get('tab'))) this.renderPreview();
  }

  renderPreview() {
    const { file, preview } = this.session;
    const focused = document.activeElement && this.contains(document.activeElement) ? document.activeElement.id : null;
    this.previewStatus = h('span', { role: 'status', class: 'small import-status' });
    const facts = h('dl', { class: 'kv' },
      h('dt', {}, 'File'), h('dd', {}, h('strong', {}, file.name), h('span', { class: 'muted' }, ` · ${formatBytes(file.size)}`),
        file.size > PREVIEW_BYTES ? h('span', { class: 'muted' }, ' · the preview reads its beginning; the import streams all of it') : null),
      h('dt', {}, 'Read as'), h('dd', {}, [preview.formatName, preview.encoding].filter(Boolean).join(' · ')),
      h('dt', {}, 'Recognised'), h('dd', { id: 'import-preset' }, preview.presetName
        ? h('span', { class: 'badge info' }, icon('check'), preview.presetName)
        : h('span', { class: 'muted' }, 'No known export layout: columns are placed by their names')));
    // The way on stays in sight while the reader goes through the columns: a bar at the foot of the view,
    // its buttons at the start, clear of the frame's notices in the bottom right corner.
    const actions = h('div', { class: 'import-bar', role: 'group', 'aria-label': 'Next step' },
      h('button', { type: 'button', class: 'button primary', id: 'import-dry-run', onclick: () => this.start(true) },
        icon('check'), 'Test run'),
      h('button', { type: 'button', class: 'button', id: 'import-now', onclick: () => this.start(false) }, 'Import now'),
      h('div', { class: 'import-bar-text' },
        h('strong', {}, 'Looks right?'),
        h('span', { class: 'small muted' }, ' A test run reads every row and reports, changing nothing.'),
        this.previewStatus));
    replace(this.body,
      this.steps(2),
      h('section', { class: 'card', 'aria-labelledby': 'import-preview-title' },
        h('div', { class: 'row import-card-head' },
          h('h2', { id: 'import-preview-title' }, 'Check how the file is read'), h('span', { class: 'spacer' }),
          h('button', { type: 'button', class: 'button small', id: 'import-another',
            onclick: () => { this.session = null; this.renderChoose(); } }, 'Choose another file')),
        facts),
      h('details', { class: 'card import-options-again', id: 'import-options-again', open: Boolean(this.optionsOpen),
        ontoggle: (e) => { this.optionsOpen = e.target.open; } },
      h('summary', {}, 'Import options: country, people already here, encoding'), this.readingOptions()),
      this.problems(preview.problems),
      preview.columns.length ? this.mappingTable() : emptyState('No records found', 'The file has no rows to import after its header. '
        + 'Check that you exported the contacts themselves, then choose the file again.'),
      preview.samples.length ? this.samplesTable(preview.samples) : null,
      actions);
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  problems(problems) {
    if (!problems.length) return null;
    return h('div', { class: 'alert warn', id: 'import-problems' }, icon('warning'), h('div', {},
      h('strong', {}, `${plural(problems.length, 'thing')} to look at in the first rows`),
      h('ul', { class: 'import-problem-list' }, problems.map((p) => h('li', {}, p))),
      h('p', { class: 'small' }, 'The test run reports every row like this, with a file of the rejected ones to fix.')));
  }

  /** How a target reads to a person, for the ones a preset sets that the list does not offer as such. */
  describe(spec) {
    const known = this.options.targets.find((t) => t.spec === spec);
    if (known) return known.name;
    if (spec === 'custom') return 'Custom field, named by its label column';
    if (spec.startsWith('label of ')) return `Label of the “${spec.slice(9)}” column`;
    const colon = spec.indexOf(':');
    if (colon < 0) return spec;
    const [field, label] = [spec.slice(0, colon), spec.slice(colon + 1)];
    if (field === 'custom') return `Custom field “${label}”`;
    if (field === 'email') return `Email (${label})`;
    if (field === 'phone') return `Phone (${label})`;
    if (field === 'externalId') return `Id in ${label}`;
    return spec;
  }

  targetSelect(column, index) {
    const ownCustom = `custom:${column.column}`;
    const specOf = (t) => (t.spec === 'custom:' ? ownCustom : t.spec);
    const standard = this.options.targets.map(specOf);
    const groups = [];
    for (const t of this.options.targets) {
      let group = groups.find((g) => g.label === t.group);
      if (!group) { group = { label: t.group, options: [] }; groups.push(group); }
      group.options.push(h('option', { value: specOf(t) }, t.name));
    }
    const select = h('select', {
      id: `import-target-${index}`, 'aria-label': `Where the column ${column.column} goes`, dataset: { column: column.column },
      onchange: (e) => this.remap(column.column, e.target.value),
    },
    standard.includes(column.target) ? null : h('option', { value: column.target }, this.describe(column.target)),
    groups.map((g) => h('optgroup', { label: g.label }, g.options)));
    select.value = column.target;
    return select;
  }

  remap(column, spec) {
    const session = this.session;
    if (session.auto && session.auto[column] === spec) delete session.mapping[column];
    else session.mapping[column] = spec;
    this.remapLater();
  }

  mappingTable() {
    const { preview } = this.session;
    const showEmpty = Boolean(this.showEmpty);
    const empty = preview.columns.filter((c) => !c.sample && !this.session.mapping[c.column]);
    const rows = preview.columns.map((c, i) => ({ c, i })).filter(({ c }) => showEmpty || !empty.includes(c));
    const changed = Object.keys(this.session.mapping).length;
    return h('section', { class: 'card', 'aria-labelledby': 'import-columns-title' },
      h('div', { class: 'row import-card-head' },
        h('h2', { id: 'import-columns-title' }, 'Where each column goes'),
        h('span', { class: 'spacer' }),
        empty.length ? h('button', {
          type: 'button', class: 'chip', 'aria-pressed': String(showEmpty), id: 'import-show-empty',
          onclick: () => { this.showEmpty = !showEmpty; this.renderPreview(); },
        }, `Show ${plural(empty.length, 'empty column')}`) : null),
      h('p', { class: 'muted small' }, 'Change a column\'s target if it is wrong. A column nothing recognises is kept as a custom field '
        + 'of the same name, so nothing is lost; choose “Leave out” to drop it.',
      changed ? ` You changed ${plural(changed, 'column')}.` : ''),
      h('div', { class: 'table-wrap' }, h('table', { class: 'table import-columns', id: 'import-columns' },
        h('caption', { class: 'visually-hidden' }, 'Columns of the file and the field each fills'),
        h('thead', {}, h('tr', {}, ['Column in the file', 'Example', 'Goes to', 'Why'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows.map(({ c, i }) => h('tr', { dataset: { column: c.column } },
          h('th', { scope: 'row' }, c.column),
          h('td', { class: 'import-sample' }, c.sample ? c.sample : h('span', { class: 'muted' }, 'empty in the first rows')),
          h('td', {}, this.targetSelect(c, i)),
          h('td', {}, h('span', { class: (SOURCES[c.source] || SOURCES.name)[0] },
            c.target.startsWith('custom') && c.source !== 'unmapped' ? 'Custom field' : (SOURCES[c.source] || SOURCES.name)[1]))))))));
  }

  samplesTable(samples) {
    const main = new Set(['line', 'givenName', 'familyName', 'organisation', 'title', 'emails', 'phones', 'country', 'timeZone']);
    const other = (s) => Object.entries(s).filter(([k]) => !main.has(k));
    const names = { tags: 'Tags', birthday: 'Birthday', languages: 'Languages', owner: 'Owner', notes: 'Notes', website: 'Website' };
    const label = (k) => (k.startsWith('custom:') ? k.slice(7) : k.startsWith('externalIds.') ? `Id in ${k.slice(12)}` : names[k] || k);
    return h('section', { class: 'card', 'aria-labelledby': 'import-samples-title' },
      h('h2', { id: 'import-samples-title' }, 'The first people as they would be stored'),
      h('p', { class: 'muted small' }, 'Phone numbers in international form, countries as codes, time zones worked out from the '
        + 'country, city or number.'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'table import-samples', id: 'import-samples' },
        h('caption', { class: 'visually-hidden' }, 'The first records, normalised'),
        h('thead', {}, h('tr', {}, ['Line', 'Person', 'Email and phone', 'Country and time zone', 'Also kept']
          .map((t, i) => h('th', { scope: 'col', class: i === 0 ? 'num' : null }, t)))),
        h('tbody', {}, samples.slice(0, 10).map((s) => h('tr', {},
          h('td', { class: 'num' }, s.line),
          h('td', {}, h('div', { class: 'import-name' }, [s.givenName, s.familyName].filter(Boolean).join(' ')),
            s.organisation || s.title ? h('div', { class: 'small muted' }, [s.title, s.organisation].filter(Boolean).join(', ')) : null),
          h('td', { class: 'import-email' }, s.emails ? h('div', {}, s.emails) : null, s.phones ? h('div', {}, s.phones) : null),
          h('td', {}, s.country ? countryName(s.country) : '', s.timeZone ? h('div', { class: 'small muted' }, s.timeZone) : null),
          h('td', { class: 'small import-also' }, other(s).length ? h('dl', { class: 'import-more' }, other(s).map(([k, v]) => [
            h('dt', {}, label(k)), h('dd', {}, v.length > 140 ? `${v.slice(0, 140)}…` : v)])) : h('span', { class: 'muted' }, '—'))))))));
  }

  // ---- Steps 3 and 4: start a test run or the import ----

  async start(dryRun) {
    const session = this.session;
    const file = session.file;
    if (!dryRun && !session.dryRunId) {
      const ok = await confirmDialog({
        title: `Import ${file.name} without a test run?`,
        message: 'A test run shows what would happen to each row and changes nothing. Without it, the people are stored straight '
          + 'away; you can still undo the import from the history.',
        confirm: 'Import now',
      });
      if (!ok) return;
    }
    this.body.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    const status = [this.previewStatus, this.runStatus].find((s) => s && s.isConnected);
    if (status) {
      status.replaceChildren(h('progress', { class: 'progress', 'aria-label': `Sending ${file.name}` }),
        `Sending ${file.name} (${formatBytes(file.size)}) to the workbench. The browser streams it from your disk; keep this window open until the ${dryRun ? 'test run' : 'import'} starts.`);
    }
    try {
      const run = await api(`/api/v1/import?${this.params({ dryRun: String(dryRun) })}`, { method: 'POST', body: this.form(file) });
      if (dryRun) session.dryRunId = run.id; else session.realRunId = run.id;
      navigate(`#/import/${run.id}`);
    } catch (e) {
      this.body.querySelectorAll('button').forEach((b) => { b.disabled = false; });
      if (status) status.replaceChildren(errorBox(e, dryRun ? 'The test run could not start' : 'The import could not start'));
    }
  }

  // ---- One import: progress, counts, people, report ----

  stopPolling() {
    clearTimeout(this.pollTimer);
    this.pollTimer = null;
    this.pollToken = (this.pollToken || 0) + 1;
  }

  async renderRun(id) {
    const token = this.pollToken;
    const kind = KIND[this.query.get('kind')] ? this.query.get('kind') : null;
    const page = Math.max(1, Number(this.query.get('page')) || 1);
    if (!this.runView || this.runView.id !== id) {
      this.runView = { id, peopleShown: PEOPLE_PAGE };
      this.body.replaceChildren(h('p', { class: 'loading', role: 'status' }, `Reading import ${id}…`));
    }
    let run;
    try {
      const p = new URLSearchParams({ offset: String((page - 1) * REPORT_PAGE), limit: String(REPORT_PAGE) });
      if (kind) p.set('kind', kind);
      run = await api(`/api/v1/import/${id}?${p}`);
    } catch (e) {
      if (token !== this.pollToken) return;
      this.body.replaceChildren(e.status === 404
        ? emptyState(`There is no import ${id}`, 'It may belong to another workbench. The history lists every import kept here.',
          h('a', { class: 'button', href: '#/import?tab=history' }, 'Open the history'))
        : errorBox(e, `Import ${id} could not be read`));
      return;
    }
    let people = null;
    if (!run.dryRun && run.counts.created > 0) {
      try {
        people = await api(`/api/v1/import/${id}/people?limit=${this.runView.peopleShown}`);
      } catch (e) {
        people = e;
      }
    }
    if (token !== this.pollToken || !this.connected) return;
    this.drawRun(run, people, kind, page);
    if (ACTIVE.has(run.state)) this.pollTimer = setTimeout(() => { if (token === this.pollToken) this.renderRun(id); }, POLL_MS);
  }

  drawRun(run, people, kind, page) {
    // While it runs, only the figures move: redrawing the page each time would lose the reader's place.
    const drawn = `${run.state}|${kind}|${page}`;
    if (ACTIVE.has(run.state) && this.runView.drawn === drawn && this.body.querySelector('.import-progress')) {
      this.body.querySelector('.import-progress').replaceWith(this.progress(run));
      this.body.querySelector('.import-tiles-wrap').replaceWith(this.countTiles(run, kind));
      return;
    }
    this.runView.drawn = drawn;
    const session = this.session;
    const ours = session && (session.dryRunId === run.id || session.realRunId === run.id);
    const what = run.dryRun ? 'Test run' : 'Import';
    const active = ACTIVE.has(run.state);
    this.runStatus = h('div', { role: 'status', class: 'small muted import-status' });
    const focused = document.activeElement && this.contains(document.activeElement) ? document.activeElement.id : null;
    replace(this.body,
      ours ? this.steps(run.dryRun ? 3 : 4) : h('p', {}, h('a', { href: '#/import?tab=history' }, '← All imports')),
      h('section', { class: 'card', 'aria-labelledby': 'import-run-title', dataset: { run: run.id, state: run.state } },
        h('div', { class: 'row import-card-head' },
          h('h2', { id: 'import-run-title' }, `${what} ${run.id}: ${run.fileName}`), stateBadge(run.state)),
        h('dl', { class: 'kv small' },
          h('dt', {}, 'Started'), h('dd', {}, formatDateTime(run.startedAt)),
          run.finishedAt ? [h('dt', {}, run.state === 'undone' ? 'Undone' : 'Finished'), h('dd', {}, formatDateTime(run.finishedAt))] : null,
          h('dt', {}, 'Read as'), h('dd', {}, [this.formatName(run.format), run.presetName].filter(Boolean).join(' · ') || '—'),
          h('dt', {}, 'Mode'), h('dd', {}, `${MODE_NAMES[run.mode] || run.mode}${run.dryRun ? ', changing nothing' : ''}`)),
        active ? this.progress(run) : null,
        this.runMessage(run),
        this.runActions(run, ours),
        this.runStatus),
      this.countTiles(run, kind),
      people ? this.peopleCard(run, people) : null,
      this.reportCard(run, kind, page));
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  formatName(id) {
    const format = this.options.formats.find((f) => f.id === id);
    return format ? format.name : id;
  }

  progress(run) {
    const value = Math.max(0, Math.min(1, run.progress || 0));
    const percent = Math.round(value * 100);
    const text = run.state === 'queued' ? 'Waiting for the import before it to finish…'
      : `${percent}% read: ${formatBytes(run.bytesRead)} of ${formatBytes(run.totalBytes)}, ${plural(run.counts.records, 'record')} so far`;
    return h('div', { class: 'import-progress' },
      h('progress', { class: 'progress', id: 'import-progress', max: '1', value: String(value), 'aria-describedby': 'import-progress-text',
        'aria-label': `${run.dryRun ? 'Test run' : 'Import'} progress` }),
      h('p', { class: 'small', id: 'import-progress-text' }, text, run.message ? h('span', { class: 'muted' }, ` — ${run.message}`) : null));
  }

  runMessage(run) {
    const c = run.counts;
    if (ACTIVE.has(run.state)) return null;
    if (run.state === 'failed') return h('div', { class: 'alert error', role: 'alert' }, icon('warning'), h('p', {}, run.message || 'The import failed.'));
    if (run.state === 'cancelled') return h('div', { class: 'alert warn' }, icon('warning'), h('p', {}, capitalised(run.message || 'cancelled')));
    if (run.state === 'undone') return h('div', { class: 'alert success', id: 'import-undone' }, icon('check'), h('p', {}, capitalised(run.message)));
    const parts = [];
    if (run.dryRun) {
      parts.push(`${plural(c.created, 'person', 'people')} would be created, ${c.updated.toLocaleString()} updated`);
      if (c.rejected) parts.push(`${plural(c.rejected, 'row')} could not be imported`);
      return h('div', { class: 'alert success', id: 'import-outcome' }, icon('check'), h('p', {}, h('strong', {}, 'Nothing was changed. '),
        `If you import this file, ${parts.join(', and ')}.`, c.rejected ? ' Download the rejected rows to fix them in a spreadsheet.' : ''));
    }
    parts.push(`${plural(c.created, 'person', 'people')} created`, `${c.updated.toLocaleString()} updated`);
    if (c.rejected) parts.push(`${plural(c.rejected, 'row')} rejected`);
    return h('div', { class: 'alert success', id: 'import-outcome' }, icon('check'), h('p', {}, h('strong', {}, 'Imported. '),
      `${capitalised(parts.join(', '))}.`, run.message ? ` ${capitalised(run.message)}` : ''));
  }

  runActions(run, ours) {
    const buttons = [];
    if (ACTIVE.has(run.state)) {
      buttons.push(h('button', { type: 'button', class: 'button danger', id: 'import-cancel', onclick: () => this.cancel(run) }, 'Cancel'));
    }
    if (run.dryRun && run.state === 'done' && ours && !this.session.realRunId) {
      buttons.push(h('button', { type: 'button', class: 'button primary', id: 'import-for-real', onclick: () => this.start(false) },
        icon('import'), `Import ${this.session.file.name}`));
      buttons.push(h('a', { class: 'button', href: '#/import' }, 'Back to the columns'));
    } else if (run.dryRun && run.state === 'done' && !ours) {
      buttons.push(h('span', { class: 'small muted' }, 'To import this file, choose it again under New import.'));
    }
    if (run.counts.rejected > 0) {
      buttons.push(h('a', { class: 'button', href: `/api/v1/import/${run.id}/errors.csv`, download: '', id: 'import-errors' },
        icon('download'), `Rejected rows (${run.counts.rejected.toLocaleString()}) as CSV`));
    }
    if (undoable(run)) {
      buttons.push(h('span', { class: 'spacer' }),
        h('button', { type: 'button', class: 'button danger', id: 'import-undo', onclick: () => this.undo(run) }, 'Undo this import'));
    }
    return buttons.length ? h('div', { class: 'row import-actions' }, buttons) : null;
  }

  countTiles(run, kind) {
    const c = run.counts;
    const would = run.dryRun ? 'Would be created' : 'Created';
    const tile = (label, value, k) => {
      const number = h('span', { class: 'import-tile-number' }, (value || 0).toLocaleString());
      const text = h('span', { class: 'import-tile-label' }, label);
      if (!k) return h('li', { class: 'import-tile' }, number, text);
      return h('li', {}, h('button', {
        type: 'button', class: `import-tile ${KIND[k].badge}`, 'aria-pressed': String(kind === k), dataset: { kind: k },
        disabled: !value, onclick: () => this.filter(run.id, kind === k ? null : k),
      }, number, text, h('span', { class: 'visually-hidden' }, kind === k ? ' (shown in the report; press to show all)' : ' (show in the report)')));
    };
    return h('section', { 'aria-label': 'Counts', class: 'import-tiles-wrap' }, h('ul', { class: 'import-tiles', id: 'import-counts' },
      tile('Records read', c.records), tile(would, c.created), tile(run.dryRun ? 'Would be updated' : 'Updated', c.updated, 'updated'),
      tile('Unchanged', c.unchanged, 'unchanged'), tile('Skipped', c.skipped, 'skipped'),
      tile('Possible duplicates', c.possibleDuplicates, 'possible_duplicate'), tile('Rejected', c.rejected, 'rejected'),
      tile('Warnings', c.warnings, 'warning')));
  }

  filter(id, kind, page = 1) {
    const p = new URLSearchParams();
    if (kind) p.set('kind', kind);
    if (page > 1) p.set('page', String(page));
    const q = p.toString();
    navigate(`#/import/${id}${q ? `?${q}` : ''}`);
  }

  peopleCard(run, people) {
    if (people instanceof Error) return h('section', { class: 'card' }, errorBox(people, 'The people it created could not be listed'));
    const contactsView = views('MAIN').some((v) => v.id === 'contacts');
    const gone = run.state === 'undone';
    return h('section', { class: 'card', 'aria-labelledby': 'import-people-title' },
      h('h2', { id: 'import-people-title' }, `People it created (${people.total.toLocaleString()})`),
      gone ? h('p', { class: 'muted small' }, 'The import was undone: those no longer in Meridian are listed without a link.') : null,
      h('ul', { class: 'import-people', id: 'import-people' }, people.items.map((p) => h('li', {},
        h('span', { class: 'small muted import-line' }, `line ${p.line}`),
        p.present ? personLink(p.personId, p.displayName, contactsView) : h('span', { class: 'muted' }, 'no longer in Meridian'),
        p.present && p.organizationName ? h('span', { class: 'small muted' }, p.organizationName) : null))),
      people.total > people.items.length ? h('button', {
        type: 'button', class: 'button small', id: 'import-more-people',
        onclick: () => { this.runView.peopleShown += PEOPLE_PAGE; this.renderRun(run.id); },
      }, `Show ${Math.min(PEOPLE_PAGE, people.total - people.items.length)} more`) : null);
  }

  reportCard(run, kind, page) {
    const entries = run.report.entries;
    const contactsView = views('MAIN').some((v) => v.id === 'contacts');
    const chips = h('div', { class: 'chips', role: 'group', 'aria-label': 'Show only' },
      h('button', { type: 'button', class: 'chip', 'aria-pressed': String(!kind), onclick: () => this.filter(run.id, null) }, 'Everything'),
      KINDS.filter((k) => run.counts[k.count] > 0 || kind === k.kind).map((k) => h('button', {
        type: 'button', class: 'chip', 'aria-pressed': String(kind === k.kind), dataset: { kind: k.kind },
        onclick: () => this.filter(run.id, k.kind),
      }, k.label, k.quiet ? null : h('span', { class: 'muted' }, ` ${run.counts[k.count].toLocaleString()}`))));
    const first = (page - 1) * REPORT_PAGE;
    const pager = h('div', { class: 'row import-pager' },
      h('span', { class: 'small muted' }, entries.length ? `Entries ${first + 1}–${first + entries.length}` : ''),
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'button small', disabled: page <= 1, onclick: () => this.filter(run.id, kind, page - 1) }, 'Previous'),
      h('button', { type: 'button', class: 'button small', disabled: entries.length < REPORT_PAGE, onclick: () => this.filter(run.id, kind, page + 1) }, 'Next'));
    const body = entries.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'table import-report', id: 'import-report' },
        h('caption', { class: 'visually-hidden' }, `Report of import ${run.id}${kind ? `, ${KIND[kind].label.toLowerCase()} only` : ''}`),
        h('thead', {}, h('tr', {}, ['Line', 'Column', 'What happened', 'Details', ''].map((t, i) => h('th', { scope: 'col', class: i === 0 ? 'num' : null }, t)))),
        h('tbody', {}, entries.map((e) => h('tr', { dataset: { kind: e.kind, line: String(e.line) } },
          h('td', { class: 'num' }, e.line),
          h('td', {}, e.column || h('span', { class: 'muted' }, 'whole row')),
          h('td', {}, h('span', { class: `badge ${(KIND[e.kind] || {}).badge || ''}` }, (KIND[e.kind] || { one: e.kind }).one)),
          h('td', { class: 'import-wrap' }, e.message),
          h('td', {}, e.personId ? personLink(e.personId, 'Open', contactsView) : null))))))
      : h('p', { class: 'muted', id: 'import-report-empty' }, ACTIVE.has(run.state) ? 'Nothing to report yet.'
        : kind ? 'No entries of this kind.' : 'Nothing to report: every row was simply created.');
    return h('section', { class: 'card', 'aria-labelledby': 'import-report-title' },
      h('h2', { id: 'import-report-title' }, 'Report'),
      h('p', { class: 'small muted' }, 'Every row that was rejected, skipped, merged or had a value Meridian could not read, with its line in the file.'),
      chips, body, entries.length || page > 1 ? pager : null);
  }

  async cancel(run) {
    try {
      await api(`/api/v1/import/${run.id}/cancel`, { method: 'POST' });
      toast(run.dryRun ? 'The test run stops after its current batch.'
        : 'The import stops after its current batch. What it stored until then stays, and can be undone from the history.');
    } catch (e) {
      toast(e.detail || e.message, 'error');
    }
  }

  async undo(run) {
    const c = run.counts;
    const does = [];
    if (c.created) does.push(`removes the ${plural(c.created, 'person', 'people')} it created, with the organisations it added for them`);
    if (c.updated) does.push(`gives the ${plural(c.updated, 'person', 'people')} it updated their details from before`);
    const ok = await confirmDialog({
      title: `Undo import ${run.id} of ${run.fileName}?`,
      message: `This ${does.join(', and ')}. Anyone edited since the import, or with calls, promises, trust or introductions `
        + 'recorded since, is kept as they are and named in the result. An undo cannot itself be undone.',
      confirm: 'Undo import', danger: true,
    });
    if (!ok) return;
    try {
      const undone = await api(`/api/v1/import/${run.id}/undo`, { method: 'POST' });
      toast(`Import ${run.id} was undone.`, 'success');
      this.lastUndo = undone;
    } catch (e) {
      toast(e.detail || e.message, 'error');
    }
    if (this.route === String(run.id)) this.renderRun(run.id); else this.renderHistory();
  }

  // ---- History ----

  async renderHistory() {
    const token = this.pollToken;
    const page = Math.max(1, Number(this.query.get('page')) || 1);
    if (!this.body.querySelector('#import-history')) {
      this.body.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Reading the import history…'));
    }
    let history;
    try {
      history = await api(`/api/v1/import?offset=${(page - 1) * HISTORY_PAGE}&limit=${HISTORY_PAGE}`);
    } catch (e) {
      if (token === this.pollToken) this.body.replaceChildren(errorBox(e, 'The import history could not be read'));
      return;
    }
    if (token !== this.pollToken || !this.connected) return;
    const runs = history.items;
    const undone = this.lastUndo;
    this.lastUndo = null;
    if (!runs.length && page === 1) {
      this.body.replaceChildren(emptyState('No imports yet', 'Bring in the contacts you keep in another CRM, a spreadsheet or your phone.',
        h('a', { class: 'button primary', href: '#/import' }, icon('import'), 'Import a file')));
      return;
    }
    const focused = document.activeElement && this.contains(document.activeElement) ? document.activeElement.id : null;
    replace(this.body,
      undone ? h('div', { class: 'alert success', role: 'status', id: 'import-undone' }, icon('check'),
        h('p', {}, h('strong', {}, `Import ${undone.id} of ${undone.fileName}: `), capitalised(undone.message))) : null,
      h('section', { class: 'card', 'aria-labelledby': 'import-history-title' },
        h('div', { class: 'row import-card-head' }, h('h2', { id: 'import-history-title' }, 'Every import, newest first'),
          h('span', { class: 'spacer' }), h('a', { class: 'button small', href: '#/import' }, icon('import'), 'New import')),
        h('div', { class: 'table-wrap' }, h('table', { class: 'table', id: 'import-history' },
          h('caption', { class: 'visually-hidden' }, 'Import history'),
          h('thead', {}, h('tr', {}, ['Import', 'State', 'Records', 'Outcome', 'Started', ''].map((t, i) => h('th', {
            scope: 'col', class: i === 2 ? 'num' : null,
          }, t)))),
          h('tbody', {}, runs.map((run) => h('tr', { dataset: { run: String(run.id), state: run.state } },
            h('td', { class: 'import-run-name' }, h('a', { href: `#/import/${run.id}` }, `${run.dryRun ? 'Test run' : 'Import'} ${run.id}`),
              h('div', { class: 'small muted import-wrap' }, run.fileName)),
            h('td', {}, stateBadge(run.state), ACTIVE.has(run.state) ? h('div', { class: 'small muted' }, `${Math.round(run.progress * 100)}%`) : null),
            h('td', { class: 'num' }, run.counts.records.toLocaleString()),
            h('td', {}, outcome(run)),
            h('td', { class: 'nowrap small' }, formatDateTime(run.startedAt)),
            h('td', {}, h('div', { class: 'row' },
              h('a', { class: 'button small', href: `#/import/${run.id}` }, 'Report'),
              undoable(run) ? h('button', {
                type: 'button', class: 'button small danger', id: `import-undo-${run.id}`, onclick: () => this.undo(run),
              }, 'Undo') : null))))))),
        page === 1 && runs.length < HISTORY_PAGE ? null : h('div', { class: 'row import-pager' }, h('span', { class: 'spacer' }),
          h('button', { type: 'button', class: 'button small', disabled: page <= 1, onclick: () => navigate(`#/import?tab=history${page > 2 ? `&page=${page - 1}` : ''}`) }, 'Newer'),
          h('button', { type: 'button', class: 'button small', disabled: runs.length < HISTORY_PAGE, onclick: () => navigate(`#/import?tab=history&page=${page + 1}`) }, 'Older'))));
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
    if (runs.some((r) => ACTIVE.has(r.state))) this.pollTimer = setTimeout(() => { if (token === this.pollToken) this.renderHistory(); }, 2000);
  }

  // ---- Export ----

  async renderExport() {
    const token = this.pollToken;
    const option = (id, title, text, format) => h('section', { class: 'card import-export', 'aria-labelledby': id },
      h('h2', { id }, title), h('p', { class: 'muted' }, text),
      h('a', { class: 'button primary', href: `/api/v1/export?format=${format}`, download: '', id: `import-export-${format}` },
        icon('download'), `Download ${format === 'json' ? 'JSON' : 'CSV'}`));
    const size = h('p', { class: 'muted', role: 'status', id: 'import-export-size' }, 'A copy of everyone in Meridian, as a file for a backup, '
      + 'a spreadsheet or another system. Your contacts stay as they are.');
    replace(this.body, size, h('div', { class: 'import-export-grid' },
      option('import-export-json-title', 'Meridian JSON', 'Every field of every person and organisation. Importing it back into '
        + 'Meridian gives the same people: the way to move or back up your book.', 'json'),
      option('import-export-csv-title', 'CSV for spreadsheets', 'One row per person, for Excel, Numbers, Google Sheets or another CRM. '
        + 'Cells that a spreadsheet would run as a formula are kept as text.', 'csv')));
    try {
      const book = await api('/api/v1/contacts?limit=1');
      if (token !== this.pollToken) return;
      const count = book.totalExact ? plural(book.total, 'person', 'people') : `more than ${book.total.toLocaleString()} people`;
      size.prepend(h('strong', {}, `Your book holds ${count}. `));
    } catch {
      // the count is a courtesy; the downloads say for themselves whether they work
    }
  }
}


/** What an import did, in a few words for the history: only the figures that are not zero. */
function outcome(run) {
  const c = run.counts;
  const parts = [];
  if (c.created) parts.push(`${c.created.toLocaleString()} ${run.dryRun ? 'would be created' : 'created'}`);
  if (c.updated) parts.push(`${c.updated.toLocaleString()} ${run.dryRun ? 'would be updated' : 'updated'}`);
  if (c.possibleDuplicates) parts.push(`${c.possibleDuplicates.toLocaleString()} possible duplicates`);
  return h('div', { class: 'small' }, parts.join(', ') || (c.records ? 'nothing new' : '—'),
    c.rejected ? [' ', h('span', { class: 'badge bad' }, `${c.rejected.toLocaleString()} rejected`)] : null);
}

function undoable(run) {
  return !run.dryRun && ['done', 'cancelled', 'failed'].includes(run.state) && (run.counts.created > 0 || run.counts.updated > 0);
}


/** A link to a person's page; without a contacts view, it opens the frame's contact panel instead. */
function personLink(personId, text, contactsView) {
  return h('a', {
    href: `#/contacts/${encodeURIComponent(personId)}`, class: 'import-person', dataset: { person: personId },
    onclick: contactsView ? null : (e) => { e.preventDefault(); openContact(personId); },
  }, text);
}

customElements.define('meridian-import', ImportView);
