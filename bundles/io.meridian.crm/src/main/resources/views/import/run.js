// One import's page, #/import/<id>[?kind=&page=]: its progress while it runs, the counts, the
// people it created and the report of what happened to each row, with cancel and undo.
import {
  api, h, icon, toast, confirmDialog, errorBox, emptyState, formatDateTime, navigate, views, openContact, replace, capitalised,
} from '/ui/meridian.js';
import { start } from './preview.js';
import { ACTIVE, formatBytes, plural, stateBadge, steps } from './shared.js';

const REPORT_PAGE = 50;
const PEOPLE_PAGE = 50;
const POLL_MS = 700;
const MODE_NAMES = { create_and_update: 'add what is new', create_only: 'only create', update_only: 'only update' };

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

export async function renderRun(view, id) {
  const token = view.pollToken;
  const kind = KIND[view.query.get('kind')] ? view.query.get('kind') : null;
  const page = Math.max(1, Number(view.query.get('page')) || 1);
  if (!view.runView || view.runView.id !== id) {
    view.runView = { id, peopleShown: PEOPLE_PAGE };
    view.body.replaceChildren(h('p', { class: 'loading', role: 'status' }, `Reading import ${id}…`));
  }
  // A page redrawn for another address, or a view no longer shown, draws nothing and asks no more.
  const current = () => token === view.pollToken && view.isConnected;
  let run;
  try {
    const p = new URLSearchParams({ offset: String((page - 1) * REPORT_PAGE), limit: String(REPORT_PAGE) });
    if (kind) p.set('kind', kind);
    run = await api(`/api/v1/import/${id}?${p}`);
  } catch (e) {
    if (!current()) return;
    view.body.replaceChildren(e.status === 404
      ? emptyState(`There is no import ${id}`, 'It may belong to another workbench. The history lists every import kept here.',
        h('a', { class: 'button', href: '#/import?tab=history' }, 'Open the history'))
      : errorBox(e, `Import ${id} could not be read`));
    return;
  }
  if (!current()) return;
  let people = null;
  if (!run.dryRun && run.counts.created > 0) {
    try {
      people = await api(`/api/v1/import/${id}/people?limit=${view.runView.peopleShown}`);
    } catch (e) {
      people = e;
    }
  }
  if (!current()) return;
  drawRun(view, run, people, kind, page);
  if (ACTIVE.has(run.state)) view.pollTimer = setTimeout(() => { if (current()) renderRun(view, id); }, POLL_MS);
}

function drawRun(view, run, people, kind, page) {
  // While it runs, only the figures move: redrawing the page each time would lose the reader's place.
  const drawn = `${run.state}|${kind}|${page}`;
  if (ACTIVE.has(run.state) && view.runView.drawn === drawn && view.body.querySelector('.import-progress')) {
    view.body.querySelector('.import-progress').replaceWith(progress(run));
    view.body.querySelector('.import-tiles-wrap').replaceWith(countTiles(run, kind));
    return;
  }
  view.runView.drawn = drawn;
  const session = view.session;
  const ours = session && (session.dryRunId === run.id || session.realRunId === run.id);
  const what = run.dryRun ? 'Test run' : 'Import';
  const active = ACTIVE.has(run.state);
  view.runStatus = h('div', { role: 'status', class: 'small muted import-status' });
  const focused = document.activeElement && view.contains(document.activeElement) ? document.activeElement.id : null;
  replace(view.body,
    ours ? steps(run.dryRun ? 3 : 4) : h('p', {}, h('a', { href: '#/import?tab=history' }, '← All imports')),
    h('section', { class: 'card', 'aria-labelledby': 'import-run-title', dataset: { run: run.id, state: run.state } },
      h('div', { class: 'row import-card-head' },
        h('h2', { id: 'import-run-title' }, `${what} ${run.id}: ${run.fileName}`), stateBadge(run.state)),
      h('dl', { class: 'kv small' },
        h('dt', {}, 'Started'), h('dd', {}, formatDateTime(run.startedAt)),
        run.finishedAt ? [h('dt', {}, run.state === 'undone' ? 'Undone' : 'Finished'), h('dd', {}, formatDateTime(run.finishedAt))] : null,
        h('dt', {}, 'Read as'), h('dd', {}, [formatName(view, run.format), run.presetName].filter(Boolean).join(' · ') || '—'),
        h('dt', {}, 'Mode'), h('dd', {}, `${MODE_NAMES[run.mode] || run.mode}${run.dryRun ? ', changing nothing' : ''}`)),
      active ? progress(run) : null,
      runMessage(run),
      runActions(view, run, ours),
      view.runStatus),
    countTiles(run, kind),
    people ? peopleCard(view, run, people) : null,
    reportCard(run, kind, page));
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

function formatName(view, id) {
  const format = view.options.formats.find((f) => f.id === id);
  return format ? format.name : id;
}

function progress(run) {
  const value = Math.max(0, Math.min(1, run.progress || 0));
  const percent = Math.round(value * 100);
  const text = run.state === 'queued' ? 'Waiting for the import before it to finish…'
    : `${percent}% read: ${formatBytes(run.bytesRead)} of ${formatBytes(run.totalBytes)}, ${plural(run.counts.records, 'record')} so far`;
  return h('div', { class: 'import-progress' },
    h('progress', { class: 'progress', id: 'import-progress', max: '1', value: String(value), 'aria-describedby': 'import-progress-text',
      'aria-label': `${run.dryRun ? 'Test run' : 'Import'} progress` }),
    h('p', { class: 'small', id: 'import-progress-text' }, text, run.message ? h('span', { class: 'muted' }, ` — ${run.message}`) : null));
}

function runMessage(run) {
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

function runActions(view, run, ours) {
  const buttons = [];
  if (ACTIVE.has(run.state)) {
    buttons.push(h('button', { type: 'button', class: 'button danger', id: 'import-cancel', onclick: () => cancel(run) }, 'Cancel'));
  }
  if (run.dryRun && run.state === 'done' && ours && !view.session.realRunId) {
    buttons.push(h('button', { type: 'button', class: 'button primary', id: 'import-for-real', onclick: () => start(view, false) },
      icon('import'), `Import ${view.session.file.name}`));
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
      h('button', { type: 'button', class: 'button danger', id: 'import-undo', onclick: () => undo(view, run) }, 'Undo this import'));
  }
  return buttons.length ? h('div', { class: 'row import-actions' }, buttons) : null;
}

function countTiles(run, kind) {
  const c = run.counts;
  const would = run.dryRun ? 'Would be created' : 'Created';
  const tile = (label, value, k) => {
    const number = h('span', { class: 'import-tile-number' }, (value || 0).toLocaleString());
    const text = h('span', { class: 'import-tile-label' }, label);
    if (!k) return h('li', { class: 'import-tile' }, number, text);
    return h('li', {}, h('button', {
      type: 'button', class: `import-tile ${KIND[k].badge}`, 'aria-pressed': String(kind === k), dataset: { kind: k },
      disabled: !value, onclick: () => filter(run.id, kind === k ? null : k),
    }, number, text, h('span', { class: 'visually-hidden' }, kind === k ? ' (shown in the report; press to show all)' : ' (show in the report)')));
  };
  return h('section', { 'aria-label': 'Counts', class: 'import-tiles-wrap' }, h('ul', { class: 'import-tiles', id: 'import-counts' },
    tile('Records read', c.records), tile(would, c.created), tile(run.dryRun ? 'Would be updated' : 'Updated', c.updated, 'updated'),
    tile('Unchanged', c.unchanged, 'unchanged'), tile('Skipped', c.skipped, 'skipped'),
    tile('Possible duplicates', c.possibleDuplicates, 'possible_duplicate'), tile('Rejected', c.rejected, 'rejected'),
    tile('Warnings', c.warnings, 'warning')));
}

function filter(id, kind, page = 1) {
  const p = new URLSearchParams();
  if (kind) p.set('kind', kind);
  if (page > 1) p.set('page', String(page));
  const q = p.toString();
  navigate(`#/import/${id}${q ? `?${q}` : ''}`);
}

function peopleCard(view, run, people) {
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
      onclick: () => { view.runView.peopleShown += PEOPLE_PAGE; renderRun(view, run.id); },
    }, `Show ${Math.min(PEOPLE_PAGE, people.total - people.items.length)} more`) : null);
}

function reportCard(run, kind, page) {
  const entries = run.report.entries;
  const contactsView = views('MAIN').some((v) => v.id === 'contacts');
  const chips = h('div', { class: 'chips', role: 'group', 'aria-label': 'Show only' },
    h('button', { type: 'button', class: 'chip', 'aria-pressed': String(!kind), onclick: () => filter(run.id, null) }, 'Everything'),
    KINDS.filter((k) => run.counts[k.count] > 0 || kind === k.kind).map((k) => h('button', {
      type: 'button', class: 'chip', 'aria-pressed': String(kind === k.kind), dataset: { kind: k.kind },
      onclick: () => filter(run.id, k.kind),
    }, k.label, k.quiet ? null : h('span', { class: 'muted' }, ` ${run.counts[k.count].toLocaleString()}`))));
  const first = (page - 1) * REPORT_PAGE;
  const pager = h('div', { class: 'row import-pager' },
    h('span', { class: 'small muted' }, entries.length ? `Entries ${first + 1}–${first + entries.length}` : ''),
    h('span', { class: 'spacer' }),
    h('button', { type: 'button', class: 'button small', disabled: page <= 1, onclick: () => filter(run.id, kind, page - 1) }, 'Previous'),
    h('button', { type: 'button', class: 'button small', disabled: entries.length < REPORT_PAGE, onclick: () => filter(run.id, kind, page + 1) }, 'Next'));
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

async function cancel(run) {
  try {
    await api(`/api/v1/import/${run.id}/cancel`, { method: 'POST' });
    toast(run.dryRun ? 'The test run stops after its current batch.'
      : 'The import stops after its current batch. What it stored until then stays, and can be undone from the history.');
  } catch (e) {
    toast(e.detail || e.message, 'error');
  }
}

export async function undo(view, run) {
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
    view.lastUndo = undone;
  } catch (e) {
    toast(e.detail || e.message, 'error');
  }
  // Undone from its own page or from the history: whichever the address shows is drawn again.
  if (view.isConnected) view.render();
}

export function undoable(run) {
  return !run.dryRun && ['done', 'cancelled', 'failed'].includes(run.state) && (run.counts.created > 0 || run.counts.updated > 0);
}

/** A link to a person's page; without a contacts view, it opens the frame's contact panel instead. */
function personLink(personId, text, contactsView) {
  return h('a', {
    href: `#/contacts/${encodeURIComponent(personId)}`, class: 'import-person', dataset: { person: personId },
    onclick: contactsView ? null : (e) => { e.preventDefault(); openContact(personId); },
  }, text);
}
