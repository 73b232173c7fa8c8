// Step 2 of the Import view: how the chosen file is read, where each column goes and the first
// people as they would be stored; and the start of a test run or of the import itself (steps 3
// and 4), which sends the whole file with the same options and mapping.
import { api, h, icon, confirmDialog, errorBox, emptyState, countryName, navigate, replace, upload } from '/ui/meridian.js';
import { readingOptions, renderChoose } from './choose.js';
import { formatBytes, plural, steps } from './shared.js';

// The preview reads twenty records: a slice of the file holds them, so changing a column's
// target does not send a large file again. The import itself sends the whole file.
const PREVIEW_BYTES = 4 * 1024 * 1024;
const SOURCES = {
  preset: ['badge info', 'From the export layout'], name: ['badge', 'By its name'], mapping: ['badge good', 'Your choice'],
  unmapped: ['badge warn', 'Kept as custom field'],
};

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

/** The options the import routes take, as query parameters. */
function params(view, extra = {}) {
  const p = new URLSearchParams({ name: view.session.file.name, mode: view.choices.mode });
  if (view.choices.country) p.set('country', view.choices.country);
  if (view.choices.mergeSimilar) p.set('mergeSimilar', 'true');
  for (const key of ['format', 'encoding', 'delimiter']) if (view.choices[key]) p.set(key, view.choices[key]);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

function form(view, part) {
  const body = new FormData();
  body.append('file', part, view.session.file.name);
  if (Object.keys(view.session.mapping).length) body.append('mapping', JSON.stringify({ columns: view.session.mapping }));
  return body;
}

export async function preview(view) {
  const session = view.session;
  const first = !session.preview;
  if (first) {
    view.body.replaceChildren(steps(2), h('div', { class: 'card import-busy', role: 'status' },
      h('progress', { class: 'progress', 'aria-label': `Reading ${session.file.name}` }),
      h('p', {}, `Reading the first records of ${session.file.name} (${formatBytes(session.file.size)})…`)));
  } else if (view.previewStatus) {
    view.previewStatus.textContent = 'Reading the file again with your changes…';
  }
  if (view.previewAbort) view.previewAbort.abort();
  const abort = new AbortController();
  view.previewAbort = abort;
  let preview;
  try {
    const body = form(view, await previewPart(session.file));
    preview = await api(`/api/v1/import/preview?${params(view)}`, { method: 'POST', body, signal: abort.signal });
  } catch (e) {
    if (e.name === 'AbortError' || view.session !== session) return;
    if (first) { view.session = null; renderChoose(view, e); return; }
    if (view.previewStatus) view.previewStatus.replaceChildren(errorBox(e, 'The new mapping could not be read'));
    return;
  }
  // A preview that comes back to a view no longer shown, or for a file since put aside, is dropped.
  if (view.session !== session || !view.isConnected) return;
  if (!session.auto) session.auto = Object.fromEntries(preview.columns.map((c) => [c.column, c.target]));
  session.preview = preview;
  if (view.route === '' && !['history', 'export'].includes(view.query.get('tab'))) renderPreview(view);
}

export function renderPreview(view) {
  const { file, preview } = view.session;
  const focused = document.activeElement && view.contains(document.activeElement) ? document.activeElement.id : null;
  view.previewStatus = h('span', { role: 'status', class: 'small import-status' });
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
    h('button', { type: 'button', class: 'button primary', id: 'import-dry-run', onclick: () => start(view, true) },
      icon('check'), 'Test run'),
    h('button', { type: 'button', class: 'button', id: 'import-now', onclick: () => start(view, false) }, 'Import now'),
    h('div', { class: 'import-bar-text' },
      h('strong', {}, 'Looks right?'),
      h('span', { class: 'small muted' }, ' A test run reads every row and reports, changing nothing.'),
      view.previewStatus));
  replace(view.body,
    steps(2),
    h('section', { class: 'card', 'aria-labelledby': 'import-preview-title' },
      h('div', { class: 'row import-card-head' },
        h('h2', { id: 'import-preview-title' }, 'Check how the file is read'), h('span', { class: 'spacer' }),
        h('button', { type: 'button', class: 'button small', id: 'import-another',
          onclick: () => { view.session = null; renderChoose(view); } }, 'Choose another file')),
      facts),
    h('details', { class: 'card import-options-again', id: 'import-options-again', open: Boolean(view.optionsOpen),
      ontoggle: (e) => { view.optionsOpen = e.target.open; } },
    h('summary', {}, 'Import options: country, people already here, encoding'), readingOptions(view)),
    problems(preview.problems),
    preview.columns.length ? mappingTable(view) : emptyState('No records found', 'The file has no rows to import after its header. '
      + 'Check that you exported the contacts themselves, then choose the file again.'),
    preview.samples.length ? samplesTable(preview.samples) : null,
    actions);
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

function problems(problems) {
  if (!problems.length) return null;
  return h('div', { class: 'alert warn', id: 'import-problems' }, icon('warning'), h('div', {},
    h('strong', {}, `${plural(problems.length, 'thing')} to look at in the first rows`),
    h('ul', { class: 'import-problem-list' }, problems.map((p) => h('li', {}, p))),
    h('p', { class: 'small' }, 'The test run reports every row like this, with a file of the rejected ones to fix.')));
}

/** How a target reads to a person, for the ones a preset sets that the list does not offer as such. */
function describe(view, spec) {
  const known = view.options.targets.find((t) => t.spec === spec);
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

function targetSelect(view, column, index) {
  const ownCustom = `custom:${column.column}`;
  const specOf = (t) => (t.spec === 'custom:' ? ownCustom : t.spec);
  const standard = view.options.targets.map(specOf);
  const groups = [];
  for (const t of view.options.targets) {
    let group = groups.find((g) => g.label === t.group);
    if (!group) { group = { label: t.group, options: [] }; groups.push(group); }
    group.options.push(h('option', { value: specOf(t) }, t.name));
  }
  const select = h('select', {
    id: `import-target-${index}`, 'aria-label': `Where the column ${column.column} goes`, dataset: { column: column.column },
    onchange: (e) => remap(view, column.column, e.target.value),
  },
  standard.includes(column.target) ? null : h('option', { value: column.target }, describe(view, column.target)),
  groups.map((g) => h('optgroup', { label: g.label }, g.options)));
  select.value = column.target;
  return select;
}

function remap(view, column, spec) {
  const session = view.session;
  if (session.auto && session.auto[column] === spec) delete session.mapping[column];
  else session.mapping[column] = spec;
  view.remapLater();
}

function mappingTable(view) {
  const { preview } = view.session;
  const showEmpty = Boolean(view.showEmpty);
  const empty = preview.columns.filter((c) => !c.sample && !view.session.mapping[c.column]);
  const rows = preview.columns.map((c, i) => ({ c, i })).filter(({ c }) => showEmpty || !empty.includes(c));
  const changed = Object.keys(view.session.mapping).length;
  return h('section', { class: 'card', 'aria-labelledby': 'import-columns-title' },
    h('div', { class: 'row import-card-head' },
      h('h2', { id: 'import-columns-title' }, 'Where each column goes'),
      h('span', { class: 'spacer' }),
      empty.length ? h('button', {
        type: 'button', class: 'chip', 'aria-pressed': String(showEmpty), id: 'import-show-empty',
        onclick: () => { view.showEmpty = !showEmpty; renderPreview(view); },
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
        h('td', {}, targetSelect(view, c, i)),
        h('td', {}, h('span', { class: (SOURCES[c.source] || SOURCES.name)[0] },
          c.target.startsWith('custom') && c.source !== 'unmapped' ? 'Custom field' : (SOURCES[c.source] || SOURCES.name)[1]))))))));
}

function samplesTable(samples) {
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

export async function start(view, dryRun) {
  const session = view.session;
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
  view.body.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  const status = [view.previewStatus, view.runStatus].find((s) => s && s.isConnected);
  // The upload's own progress: fetch cannot report it, upload() can. The run's progress follows on its page.
  const bar = h('progress', { class: 'progress', id: 'import-upload', max: '1', value: '0', 'aria-label': `Sending ${file.name}` });
  const sent = h('span', {}, '0 %');
  if (status) {
    status.replaceChildren(bar, sent,
      ` of ${file.name} (${formatBytes(file.size)}) sent. The browser streams it from your disk; keep this window open until the ${dryRun ? 'test run' : 'import'} starts.`);
  }
  try {
    const run = await upload(`/api/v1/import?${params(view, { dryRun: String(dryRun) })}`, form(view, file), {
      onProgress: (fraction) => {
        bar.value = fraction;
        sent.textContent = `${Math.floor(fraction * 100)} %`;
      },
    });
    if (dryRun) session.dryRunId = run.id; else session.realRunId = run.id;
    navigate(`#/import/${run.id}`);
  } catch (e) {
    view.body.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    if (status) status.replaceChildren(errorBox(e, dryRun ? 'The test run could not start' : 'The import could not start'));
  }
}
