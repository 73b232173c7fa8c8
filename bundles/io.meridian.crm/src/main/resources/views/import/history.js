// The history of imports, #/import?tab=history[&page=], newest first with undo; and the export
// of everyone, #/import?tab=export.
import { api, h, icon, errorBox, emptyState, formatDateTime, navigate, replace, capitalised } from '/ui/meridian.js';
import { undo, undoable } from './run.js';
import { ACTIVE, plural, stateBadge } from './shared.js';

const HISTORY_PAGE = 20;

export async function renderHistory(view) {
  const token = view.pollToken;
  const page = Math.max(1, Number(view.query.get('page')) || 1);
  // Another page drawn since, or a view no longer shown, draws nothing and asks no more.
  const current = () => token === view.pollToken && view.isConnected;
  if (!view.body.querySelector('#import-history')) {
    view.body.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Reading the import history…'));
  }
  let history;
  try {
    history = await api(`/api/v1/import?offset=${(page - 1) * HISTORY_PAGE}&limit=${HISTORY_PAGE}`);
  } catch (e) {
    if (current()) view.body.replaceChildren(errorBox(e, 'The import history could not be read'));
    return;
  }
  if (!current()) return;
  const runs = history.items;
  const undone = view.lastUndo;
  view.lastUndo = null;
  if (!runs.length && page === 1) {
    view.body.replaceChildren(emptyState('No imports yet', 'Bring in the contacts you keep in another CRM, a spreadsheet or your phone.',
      h('a', { class: 'button primary', href: '#/import' }, icon('import'), 'Import a file')));
    return;
  }
  const focused = document.activeElement && view.contains(document.activeElement) ? document.activeElement.id : null;
  replace(view.body,
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
              type: 'button', class: 'button small danger', id: `import-undo-${run.id}`, onclick: () => undo(view, run),
            }, 'Undo') : null))))))),
      page === 1 && runs.length < HISTORY_PAGE ? null : h('div', { class: 'row import-pager' }, h('span', { class: 'spacer' }),
        h('button', { type: 'button', class: 'button small', disabled: page <= 1, onclick: () => navigate(`#/import?tab=history${page > 2 ? `&page=${page - 1}` : ''}`) }, 'Newer'),
        h('button', { type: 'button', class: 'button small', disabled: runs.length < HISTORY_PAGE, onclick: () => navigate(`#/import?tab=history&page=${page + 1}`) }, 'Older'))));
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  if (runs.some((r) => ACTIVE.has(r.state))) view.pollTimer = setTimeout(() => { if (current()) renderHistory(view); }, 2000);
}

/** The export tab: the two downloads, and how many people they hold. */
export async function renderExport(view) {
  const token = view.pollToken;
  const option = (id, title, text, format) => h('section', { class: 'card import-export', 'aria-labelledby': id },
    h('h2', { id }, title), h('p', { class: 'muted' }, text),
    h('a', { class: 'button primary', href: `/api/v1/export?format=${format}`, download: '', id: `import-export-${format}` },
      icon('download'), `Download ${format === 'json' ? 'JSON' : 'CSV'}`));
  const size = h('p', { class: 'muted', role: 'status', id: 'import-export-size' }, 'A copy of everyone in Meridian, as a file for a backup, '
    + 'a spreadsheet or another system. Your contacts stay as they are.');
  replace(view.body, size, h('div', { class: 'import-export-grid' },
    option('import-export-json-title', 'Meridian JSON', 'Every field of every person and organisation. Importing it back into '
      + 'Meridian gives the same people: the way to move or back up your book.', 'json'),
    option('import-export-csv-title', 'CSV for spreadsheets', 'One row per person, for Excel, Numbers, Google Sheets or another CRM. '
      + 'Cells that a spreadsheet would run as a formula are kept as text.', 'csv')));
  try {
    const book = await api('/api/v1/contacts?limit=1');
    if (token !== view.pollToken || !view.isConnected) return;
    const count = book.totalExact ? plural(book.total, 'person', 'people') : `more than ${book.total.toLocaleString()} people`;
    size.prepend(h('strong', {}, `Your book holds ${count}. `));
  } catch {
    // the count is a courtesy; the downloads say for themselves whether they work
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
