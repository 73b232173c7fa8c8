// Step 1 of the Import view: the file, chosen or dropped, and the options it is read with. The
// options stay on the element for the next file, and the preview shows them again.
import { h, icon, toast, errorBox, countryName, replace } from '/ui/meridian.js';
import { formatBytes, steps } from './shared.js';

const MODES = [
  { value: 'both', label: 'Add what is new', hint: 'People already in Meridian get what the file adds; everyone else is created.' },
  { value: 'create', label: 'Only create new people', hint: 'People already in Meridian are left exactly as they are.' },
  { value: 'update', label: 'Only update people already here', hint: 'No one new is created; rows that match no one are listed.' },
];
const ENCODINGS = ['UTF-8', 'UTF-16LE', 'UTF-16BE', 'windows-1252', 'ISO-8859-1'];
const DELIMITERS = [[',', 'Comma ( , )'], [';', 'Semicolon ( ; )'], ['tab', 'Tab'], ['|', 'Pipe ( | )']];

export function renderChoose(view, error) {
  const max = view.options.maxFileMegabytes;
  const input = h('input', {
    type: 'file', id: 'import-file', accept: '.csv,.tsv,.txt,.vcf,.vcard,.json,text/csv,text/vcard,application/json',
    'aria-describedby': 'import-file-hint', onchange: () => { if (input.files[0]) chooseFile(view, input.files[0]); },
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

  replace(view.body,
    steps(1),
    h('div', { class: 'columns' },
      h('div', {},
        h('section', { class: 'card', 'aria-labelledby': 'import-choose-title' },
          h('h2', { id: 'import-choose-title' }, 'Choose the file to import'),
          h('p', { class: 'muted' }, 'Nothing is stored yet: next you see how the file is read and where each column goes.'),
          error ? errorBox(error, 'This file cannot be imported') : null,
          zone),
        h('section', { class: 'card', 'aria-labelledby': 'import-options-title' },
          h('h2', { id: 'import-options-title' }, 'Import options'), readingOptions(view))),
      h('aside', { 'aria-label': 'About importing' }, howItWorks(), whereToGetIt())));
}

/** The import's options: they stay for the next file, and a change that alters the preview reads it again. */
export function readingOptions(view) {
  const changed = () => { if (view.session && view.session.file) view.preview(); };
  const countries = view.options.countries.map((code) => [code, countryName(code)]).sort((a, b) => a[1].localeCompare(b[1]));
  const country = h('select', {
    id: 'import-country', 'aria-describedby': 'import-country-hint',
    onchange: (e) => { view.choices.country = e.target.value; changed(); },
  }, h('option', { value: '' }, 'None: keep national numbers as they are'),
  countries.map(([code, name]) => h('option', { value: code }, `${name} (${code})`)));
  country.value = view.choices.country;
  const mode = h('fieldset', { class: 'import-mode' }, h('legend', {}, 'When someone is already in Meridian'),
    MODES.map((m) => h('div', { class: 'import-radio' },
      h('input', {
        type: 'radio', name: 'import-mode', id: `import-mode-${m.value}`, value: m.value, checked: view.choices.mode === m.value,
        'aria-describedby': `import-mode-${m.value}-hint`, onchange: () => { view.choices.mode = m.value; },
      }),
      h('label', { for: `import-mode-${m.value}` }, m.label),
      h('span', { class: 'hint', id: `import-mode-${m.value}-hint` }, m.hint))));
  const merge = h('div', { class: 'import-check' },
    h('input', {
      type: 'checkbox', id: 'import-merge', checked: view.choices.mergeSimilar, 'aria-describedby': 'import-merge-hint',
      onchange: (e) => { view.choices.mergeSimilar = e.target.checked; },
    }),
    h('label', { for: 'import-merge' }, 'Merge similar people'),
    h('span', { class: 'hint', id: 'import-merge-hint' }, 'Someone with the same family name and a similar given name at the same '
      + 'organisation is merged into them. Otherwise they are created and listed as a possible duplicate.'));
  const select = (id, label, hint, value, choices, key) => {
    const control = h('select', { id, 'aria-describedby': `${id}-hint`, onchange: (e) => { view.choices[key] = e.target.value; changed(); } },
      h('option', { value: '' }, 'Detect'), choices.map(([v, text]) => h('option', { value: v }, text)));
    control.value = value;
    return h('div', { class: 'field' }, h('label', { for: id }, label), control, h('span', { class: 'hint', id: `${id}-hint` }, hint));
  };
  const advanced = h('details', { class: 'import-advanced', open: Boolean(view.choices.format || view.choices.encoding || view.choices.delimiter) },
    h('summary', {}, 'Advanced: format, encoding and delimiter'),
    h('p', { class: 'small muted' }, 'Meridian detects these. Change them only if the preview shows garbled letters or everything in one column.'),
    h('div', { class: 'form-grid' },
      select('import-format', 'Format', 'What kind of file it is.', view.choices.format,
        view.options.formats.map((f) => [f.id, f.name]), 'format'),
      select('import-encoding', 'Encoding', 'Garbled accents (Ã©) mean another encoding.', view.choices.encoding,
        ENCODINGS.map((e) => [e, e]), 'encoding'),
      select('import-delimiter', 'Delimiter', 'What separates the cells of a CSV row.', view.choices.delimiter, DELIMITERS, 'delimiter')));
  return h('div', { class: 'stack' },
    h('div', { class: 'field' }, h('label', { for: 'import-country' }, 'Country of numbers without a country code'), country,
      h('span', { class: 'hint', id: 'import-country-hint' }, 'For rows that name no country: 030 901820 in Germany is stored as '
        + '+49 30 901820. Your home country from Preferences is the default.')),
    mode, merge, advanced);
}

function howItWorks() {
  return h('section', { class: 'card', 'aria-labelledby': 'import-how-title' },
    h('h2', { id: 'import-how-title' }, 'How importing works'),
    h('ol', { class: 'import-how' },
      h('li', {}, h('strong', {}, 'Choose a file. '), 'Meridian recognises the export it comes from.'),
      h('li', {}, h('strong', {}, 'Check the columns. '), 'See where each column goes and the first people as they would be stored.'),
      h('li', {}, h('strong', {}, 'Test run. '), 'Every row is read and checked, and you get the full report. Nothing changes.'),
      h('li', {}, h('strong', {}, 'Import. '), 'People who are already here are matched by id, email or phone, not doubled. '
        + 'You can undo an import from the history.')));
}

function whereToGetIt() {
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

export function dropped(view, e) {
  const zone = view.querySelector('#import-drop');
  if (!zone) return;
  e.preventDefault();
  zone.classList.remove('over');
  const files = e.dataTransfer && e.dataTransfer.files;
  if (!files || !files.length) return;
  if (files.length > 1) toast(`One file at a time: ${files[0].name} is read, the others are left.`);
  chooseFile(view, files[0]);
}

function chooseFile(view, file) {
  const max = view.options.maxFileMegabytes * 1024 * 1024;
  if (file.size === 0) {
    renderChoose(view, new Error(`${file.name} is empty. Export the contacts again and choose the new file.`));
    return;
  }
  if (file.size > max) {
    renderChoose(view, new Error(`${file.name} is ${formatBytes(file.size)}; one import takes up to ${view.options.maxFileMegabytes} MB. `
      + 'Split the file, or raise maxFileMegabytes in the import settings (Preferences).'));
    return;
  }
  view.session = { file, mapping: {}, auto: null, preview: null, dryRunId: null, realRunId: null };
  view.preview();
}
