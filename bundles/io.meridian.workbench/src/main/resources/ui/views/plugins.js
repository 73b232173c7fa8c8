// The Plugins view: every bundle and feature with its state, what is wrong and why, and the
// changes a power user makes while the workbench runs (install from a file, update, start,
// stop, remove; add or remove a feature), each previewed before it is done.
import { api, h, icon, toast, confirmDialog, errorBox, emptyState } from '/ui/meridian.js';

const REFRESH_MS = 4000;

class PluginsView extends HTMLElement {
  static get observedAttributes() { return ['query']; }

  connectedCallback() {
    this.filter = '';
    this.expanded = new Set();
    this.impacts = new Map();
    this.problemsBox = h('div', {});
    this.installBox = h('div', {});
    this.body = h('div', {});
    this.tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Plugins or features' });
    this.replaceChildren(this.problemsBox, this.installCard(), this.tabs, this.body);
    this.applyQuery();
    this.refresh();
    // A redraw while a question is open, or in the middle of a change, would pull the focus away.
    this.timer = setInterval(() => {
      if (!document.hidden && !this.busy && !document.querySelector('dialog[open]')) this.refresh();
    }, REFRESH_MS);
    this.onViews = () => this.refresh();
    document.addEventListener('meridian:views-changed', this.onViews);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    document.removeEventListener('meridian:views-changed', this.onViews);
  }

  attributeChangedCallback() {
    if (!this.body) return;
    this.applyQuery();
    this.render();
  }

  /** The address decides the tab and the filter; the palette's "install" puts the focus on the file picker. */
  applyQuery() {
    const query = new URLSearchParams(this.getAttribute('query') || '');
    this.tab = query.get('tab') === 'features' ? 'features' : 'bundles';
    this.onlyProblems = Boolean(query.get('problems'));
    if (query.get('install')) this.fileInput.focus();
  }

  async refresh() {
    try {
      const [health, features, workbench] = await Promise.all([
        api('/api/v1/health'), api('/api/v1/features'), api('/api/v1/workbench'),
      ]);
      this.health = health;
      this.features = features;
      this.workbench = workbench;
      this.error = null;
    } catch (e) {
      this.error = e;
    }
    this.render();
  }

  render() {
    if (this.error) {
      this.body.replaceChildren(errorBox(this.error, 'The plugin list could not be read'));
      return;
    }
    if (!this.health) return;
    this.keepingFocus(() => {
      this.renderProblems();
      this.renderTabs();
      if (this.tab === 'bundles') this.renderBundles(); else this.renderFeatures();
    });
  }

  /** Redraws, then gives the focus back to the control that had it, found again by its key. */
  keepingFocus(redraw) {
    const focused = document.activeElement && this.contains(document.activeElement) ? document.activeElement.dataset.focus : null;
    redraw();
    if (focused) this.querySelector(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
  }

  /** The two tabs are made once and changed in place, so the one with the focus keeps it; arrow keys move between them. */
  renderTabs() {
    if (!this.tabButtons) {
      const tab = (id) => h('button', {
        type: 'button', role: 'tab', id: `plugins-tab-${id}`, 'aria-controls': 'plugins-panel',
        onclick: () => this.showTab(id),
        onkeydown: (e) => {
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          const other = id === 'bundles' ? 'features' : 'bundles';
          this.showTab(other);
          this.tabButtons[other].focus();
        },
      });
      this.tabButtons = { bundles: tab('bundles'), features: tab('features') };
      this.tabs.replaceChildren(this.tabButtons.bundles, this.tabButtons.features);
    }
    this.tabButtons.bundles.textContent = `Bundles (${this.health.bundles.length})`;
    this.tabButtons.features.textContent = `Features (${this.features.length})`;
    for (const [id, button] of Object.entries(this.tabButtons)) {
      button.setAttribute('aria-selected', String(this.tab === id));
      button.tabIndex = this.tab === id ? 0 : -1;
    }
  }

  showTab(id) {
    const query = new URLSearchParams(this.getAttribute('query') || '');
    if (id === 'features') query.set('tab', 'features'); else query.delete('tab');
    const text = query.toString();
    history.replaceState(null, '', `#/plugins${text ? `?${text}` : ''}`);
    this.setAttribute('query', text);
  }

  renderProblems() {
    const items = [];
    for (const p of this.workbench.problems) {
      items.push(`${p.bundle.symbolicName}: a workbench contribution was left out because ${p.message}.`);
    }
    for (const [file, reason] of Object.entries(this.health.rejectedPlugins)) items.push(`plugins/${file} was not installed: ${reason}`);
    for (const [file, reason] of Object.entries(this.health.rejectedConfiguration)) items.push(`etc/${file} was not applied: ${reason}`);
    for (const c of this.health.unsatisfiedComponents) {
      items.push(`${c.bundle}: component ${c.component} is waiting (${c.state.toLowerCase().replaceAll('_', ' ')}`
        + `${c.unsatisfiedReferences.length ? `: ${c.unsatisfiedReferences.join(', ')}` : ''}).`);
    }
    for (const p of this.health.featureProblems) items.push(p);
    const broken = this.health.bundles.filter((b) => !b.healthy);
    for (const b of broken) items.push(`${b.symbolicName} ${b.version} is ${b.state.toLowerCase()}: ${b.problems[0] || 'see its details'}`);
    // Said again only when it changed: an alert redrawn at every refresh would be read out every time.
    const said = items.join('\n');
    if (said === this.problemsSaid) return;
    this.problemsSaid = said;
    this.problemsBox.replaceChildren(items.length
      ? h('div', { class: 'alert warn', role: 'alert', id: 'plugin-problems' }, icon('warning'), h('div', {},
        h('strong', {}, `${items.length} problem${items.length === 1 ? '' : 's'} need${items.length === 1 ? 's' : ''} attention`),
        h('ul', {}, items.map((text) => h('li', {}, text)))))
      : h('div', { class: 'alert success' }, icon('check'), h('p', {}, 'Every bundle is running and every contribution is in place.')));
  }

  // ---- Bundles ----

  renderBundles() {
    const filterInput = h('input', {
      type: 'search', id: 'plugins-filter', value: this.filter, placeholder: 'Name or state',
      oninput: (e) => { this.filter = e.target.value; this.renderBundleRows(); },
    });
    const problemsOnly = h('button', {
      type: 'button', class: 'chip', 'aria-pressed': String(this.onlyProblems), dataset: { focus: 'only-problems' },
      onclick: () => { this.onlyProblems = !this.onlyProblems; problemsOnly.setAttribute('aria-pressed', String(this.onlyProblems)); this.renderBundleRows(); },
    }, 'Only problems');
    if (!this.rows || this.body.dataset.tab !== 'bundles') {
      this.rows = h('tbody', {});
      this.body.dataset.tab = 'bundles';
      this.body.replaceChildren(
        h('div', { class: 'toolbar', role: 'tabpanel', id: 'plugins-panel', 'aria-labelledby': 'plugins-tab-bundles' },
          h('div', { class: 'field grow' }, h('label', { for: 'plugins-filter' }, 'Filter'), filterInput), problemsOnly),
        h('div', { class: 'table-wrap' }, h('table', { class: 'table', id: 'bundle-table' },
          h('caption', { class: 'visually-hidden' }, 'Installed bundles'),
          h('thead', {}, h('tr', {}, ['Bundle', 'Version', 'State', 'From', ''].map((t) => h('th', { scope: 'col' }, t)))),
          this.rows)));
    }
    this.renderBundleRows();
  }

  renderBundleRows() {
    const words = this.filter.trim().toLowerCase();
    const bundles = this.health.bundles.filter((b) => (!this.onlyProblems || !b.healthy)
      && (!words || `${b.symbolicName} ${b.name || ''} ${b.state} ${b.origin} ${b.features.join(' ')}`.toLowerCase().includes(words)));
    const rows = [];
    for (const b of bundles) {
      rows.push(this.bundleRow(b));
      if (this.expanded.has(b.id)) rows.push(this.detailRow(b));
    }
    if (!rows.length) rows.push(h('tr', {}, h('td', { colspan: '5', class: 'muted' }, 'No bundle matches.')));
    this.rows.replaceChildren(...rows);
  }

  bundleRow(b) {
    const removable = b.origin === 'plugin' || b.origin === 'other';
    const core = b.features.includes('core') || b.origin === 'framework';
    const stateClass = !b.healthy ? 'bad' : b.state === 'ACTIVE' ? 'good' : 'warn';
    const actions = h('div', { class: 'row' });
    const details = h('button', {
      type: 'button', class: 'button small', 'aria-expanded': String(this.expanded.has(b.id)), dataset: { focus: `${b.id}:details` },
      onclick: () => {
        if (this.expanded.has(b.id)) this.expanded.delete(b.id); else this.expanded.add(b.id);
        this.keepingFocus(() => this.renderBundleRows());
      },
    }, 'Details');
    actions.append(details);
    if (!core && (b.state === 'RESOLVED' || b.state === 'INSTALLED')) {
      actions.append(h('button', { type: 'button', class: 'button small', dataset: { focus: `${b.id}:start` }, onclick: () => this.act(b, 'start') }, 'Start'));
    }
    if (!core && (b.state === 'ACTIVE' || b.state === 'STARTING')) {
      actions.append(h('button', { type: 'button', class: 'button small', dataset: { focus: `${b.id}:stop` }, onclick: () => this.act(b, 'stop') }, 'Stop'));
    }
    if (removable) {
      actions.append(h('button', { type: 'button', class: 'button small danger', dataset: { focus: `${b.id}:remove` }, onclick: () => this.remove(b) }, 'Remove'));
    }
    return h('tr', { dataset: { bundle: b.symbolicName } },
      h('td', {}, h('div', {}, h('strong', {}, b.name || b.symbolicName)), h('div', { class: 'small muted' }, b.symbolicName),
        b.healthy ? null : h('div', { class: 'small', role: 'note' }, b.problems[0] || '')),
      h('td', { class: 'nowrap' }, b.version),
      h('td', {}, h('span', { class: `badge ${stateClass}` }, b.state.toLowerCase())),
      h('td', { class: 'small' }, b.origin === 'feature' ? `feature ${b.features.join(', ')}` : b.origin),
      h('td', {}, actions));
  }

  detailRow(b) {
    const cell = h('td', { colspan: '5' }, h('p', { class: 'muted' }, 'Looking at what depends on it…'));
    this.describe(b, cell);
    return h('tr', { class: 'details' }, cell);
  }

  /** What depends on a bundle, asked once per bundle state: typing in the filter or a refresh asks no more. */
  impactOf(b) {
    const key = `${b.id}:${b.state}`;
    if (!this.impacts.has(key)) this.impacts.set(key, api(`/api/v1/plugins/${b.id}/impact`).catch((e) => { this.impacts.delete(key); throw e; }));
    return this.impacts.get(key);
  }

  async describe(b, cell) {
    try {
      const impact = await this.impactOf(b);
      cell.replaceChildren(
        b.problems.length
          ? h('div', { class: 'alert error' }, h('div', {}, h('strong', {}, 'What is wrong, root cause first'),
            h('ol', {}, b.problems.map((p) => h('li', {}, p)))))
          : h('p', {}, icon('check'), ' Nothing is wrong with this bundle.'),
        h('dl', { class: 'kv' }, impactFacts(impact)));
    } catch (e) {
      cell.replaceChildren(errorBox(e, 'Its details could not be read'));
    }
  }

  async act(b, action) {
    this.busy = true;
    if (action === 'stop') {
      const impact = await this.impactOf(b).catch(() => null);
      const ok = await confirmDialog({
        title: `Stop ${b.name || b.symbolicName}?`, confirm: 'Stop', message: impact ? consequences(impact, 'Stopping') : null,
      });
      if (!ok) { this.busy = false; return; }
    }
    try {
      await api(`/api/v1/plugins/${b.id}/${action}`, { method: 'POST' });
      toast(`${b.symbolicName} ${action === 'start' ? 'started' : 'stopped'}.`, 'success');
    } catch (e) {
      toast(e.detail || e.message, 'error');
    } finally {
      this.busy = false;
    }
    this.refresh();
  }

  async remove(b) {
    this.busy = true;
    const impact = await this.impactOf(b).catch(() => null);
    const ok = await confirmDialog({
      title: `Remove ${b.name || b.symbolicName}?`, danger: true, confirm: 'Remove',
      message: `${impact ? consequences(impact, 'Removing') : ''} Its jar is deleted from plugins/; its data stays.`,
    });
    if (!ok) { this.busy = false; return; }
    try {
      await api(`/api/v1/plugins/${b.id}`, { method: 'DELETE' });
      toast(`${b.symbolicName} was removed.`, 'success');
    } catch (e) {
      toast(e.detail || e.message, 'error');
    } finally {
      this.busy = false;
    }
    this.refresh();
  }

  // ---- Install or update from a file ----

  installCard() {
    this.fileInput = h('input', { type: 'file', id: 'plugin-file', accept: '.jar,application/java-archive',
      onchange: () => this.preview() });
    return h('section', { class: 'card', 'aria-labelledby': 'install-title' },
      h('h2', { id: 'install-title' }, 'Install or update a plugin'),
      h('div', { class: 'field' }, h('label', { for: 'plugin-file' }, 'Bundle jar',
        h('span', { class: 'hint' }, ' — a plugin with the same name is updated in place')), this.fileInput),
      this.installBox);
  }

  async preview() {
    const file = this.fileInput.files[0];
    if (!file) return;
    this.installBox.replaceChildren(h('p', { class: 'muted' }, `Reading ${file.name}…`));
    let preview;
    try {
      preview = await api('/api/v1/plugins?dryRun=true', {
        method: 'POST', body: file, headers: { 'Content-Type': 'application/java-archive', 'X-File-Name': file.name },
      });
    } catch (e) {
      this.installBox.replaceChildren(errorBox(e, `${file.name} cannot be installed`));
      return;
    }
    const install = h('button', { type: 'button', class: 'button primary', id: 'plugin-install',
      onclick: () => this.install(file, preview) }, preview.replaces ? `Update to ${preview.version}` : 'Install');
    const facts = [
      h('dt', {}, 'Bundle'), h('dd', {}, `${preview.name || preview.symbolicName} (${preview.symbolicName}) ${preview.version}`),
      h('dt', {}, 'Replaces'), h('dd', {}, preview.replaces ? `version ${preview.replaces.version} now installed` : 'nothing: it is new'),
      h('dt', {}, 'Brings'), h('dd', {}, [
        preview.services.length ? `services ${preview.services.map(shortName).join(', ')}` : 'no services',
        preview.content ? 'culture content' : null,
        preview.services.some((s) => s.endsWith('WorkbenchView')) ? 'views for this window' : null,
      ].filter(Boolean).join('; ')),
      h('dt', {}, 'Needs'), h('dd', {}, preview.imports.length
        ? `${preview.imports.length} package${preview.imports.length === 1 ? '' : 's'}, ${preview.missing.length ? `${preview.missing.length} missing` : 'all present'}`
        : 'nothing from other bundles'),
    ];
    this.installBox.replaceChildren(
      h('div', { class: 'stack', id: 'install-preview' },
        h('dl', { class: 'kv' }, facts),
        preview.resolves ? null : h('div', { class: 'alert warn', role: 'alert' }, h('div', {},
          h('strong', {}, 'It would install but not start, because these are missing:'),
          h('ul', {}, preview.missing.map((m) => h('li', {}, m))))),
        h('div', { class: 'row' }, install,
          h('button', { type: 'button', class: 'button', onclick: () => { this.fileInput.value = ''; this.installBox.replaceChildren(); } }, 'Cancel'))));
  }

  async install(file, preview) {
    this.installBox.replaceChildren(h('p', { role: 'status' }, `Installing ${preview.symbolicName}…`));
    try {
      await api('/api/v1/plugins', {
        method: 'POST', body: file, headers: { 'Content-Type': 'application/java-archive', 'X-File-Name': file.name },
      });
    } catch (e) {
      this.installBox.replaceChildren(errorBox(e, `${file.name} was not installed`));
      return;
    }
    this.fileInput.value = '';
    // Hot deploy picks the jar up within a couple of seconds; follow it until it runs or fails.
    const deadline = Date.now() + 20000;
    while (Date.now() < deadline && this.isConnected) {
      await new Promise((r) => setTimeout(r, 700));
      const bundles = await api('/api/v1/plugins').catch(() => []);
      const b = bundles.find((x) => x.symbolicName === preview.symbolicName && x.version === normalise(preview.version));
      if (b && (b.state === 'ACTIVE' || !b.healthy)) {
        this.installBox.replaceChildren(b.healthy
          ? h('div', { class: 'alert success', role: 'status' }, icon('check'), h('p', {}, `${b.symbolicName} ${b.version} is installed and running.`))
          : h('div', { class: 'alert error', role: 'alert' }, h('div', {}, h('strong', {}, `${b.symbolicName} is installed but ${b.state.toLowerCase()}.`),
            h('ul', {}, b.problems.map((p) => h('li', {}, p))))));
        this.refresh();
        return;
      }
    }
    this.installBox.replaceChildren(h('div', { class: 'alert warn', role: 'alert' }, h('p', {},
      `${preview.symbolicName} was written to plugins/ but has not started after 20 seconds. The list below shows its state.`)));
    this.refresh();
  }

  // ---- Features ----

  renderFeatures() {
    this.rows = null;
    this.body.dataset.tab = 'features';
    const cards = this.features.map((f) => h('article', { class: 'card', dataset: { feature: f.id } },
      h('div', { class: 'row' }, h('h3', {}, f.id), f.installed ? h('span', { class: 'badge good' }, 'installed') : h('span', { class: 'badge' }, 'available')),
      h('p', { class: 'small' }, f.description),
      h('p', { class: 'small muted' }, `${f.bundles.length} bundle${f.bundles.length === 1 ? '' : 's'}`,
        f.requires.length ? `; needs ${f.requires.join(', ')}` : ''),
      f.id === 'core' ? null : h('button', {
        type: 'button', class: `button small ${f.installed ? 'danger' : 'primary'}`, dataset: { focus: `feature:${f.id}` },
        onclick: () => this.changeFeature(f),
      }, f.installed ? 'Uninstall' : 'Install')));
    this.body.replaceChildren(h('div', { class: 'cards', role: 'tabpanel', id: 'plugins-panel', 'aria-labelledby': 'plugins-tab-features' }, cards));
  }

  async changeFeature(f) {
    const method = f.installed ? 'DELETE' : 'POST';
    this.busy = true;
    let plan;
    try {
      plan = await api(`/api/v1/features/${encodeURIComponent(f.id)}?dryRun=true`, { method });
    } catch (e) {
      this.busy = false;
      toast(e.detail || e.message, 'error');
      return;
    }
    const lines = [];
    if (plan.install.length) lines.push(`installs ${plan.install.join(', ')}`);
    if (plan.uninstall.length) lines.push(`removes ${plan.uninstall.join(', ')}`);
    if (plan.refresh.length) lines.push(`restarts ${plan.refresh.join(', ')}`);
    const ok = await confirmDialog({
      title: `${f.installed ? 'Uninstall' : 'Install'} the feature ${f.id}?`, danger: f.installed,
      confirm: f.installed ? 'Uninstall' : 'Install',
      message: `This ${lines.join('; ') || 'changes no bundle'}. Data is kept either way.`,
    });
    if (!ok) { this.busy = false; return; }
    try {
      await api(`/api/v1/features/${encodeURIComponent(f.id)}`, { method });
      toast(`Feature ${f.id} ${f.installed ? 'uninstalled' : 'installed'}.`, 'success');
    } catch (e) {
      toast(e.detail || e.message, 'error');
    } finally {
      this.busy = false;
    }
    this.refresh();
  }
}

function shortName(className) {
  return className.slice(className.lastIndexOf('.') + 1);
}

/** Bundle-Version as the framework prints it: 1.0 is 1.0.0. */
function normalise(version) {
  const parts = version.split('.');
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}

function consequences(impact, doing) {
  const parts = [];
  if (impact.workbench.length) parts.push(`takes away ${impact.workbench.join(', ')}`);
  const used = impact.services.filter((s) => s.usedBy.length);
  if (used.length) parts.push(`stops services used by ${[...new Set(used.flatMap((s) => s.usedBy))].join(', ')}`);
  if (impact.dependents.length) parts.push(`leaves ${impact.dependents.join(', ')} without packages they import`);
  return parts.length ? `${doing} it ${parts.join('; ')}.` : `${doing} it affects no other bundle.`;
}

function impactFacts(impact) {
  const used = impact.services.filter((s) => s.usedBy.length);
  return [
    h('dt', {}, 'In the window'), h('dd', {}, impact.workbench.length ? impact.workbench.join(', ') : 'no views or commands'),
    h('dt', {}, 'Services'), h('dd', {}, impact.services.length
      ? impact.services.map((s) => s.interfaces.map(shortName).join('/')).join(', ') : 'none'),
    h('dt', {}, 'Used by'), h('dd', {}, used.length ? [...new Set(used.flatMap((s) => s.usedBy))].join(', ') : 'no other bundle'),
    h('dt', {}, 'Wired to it'), h('dd', {}, impact.dependents.length ? impact.dependents.join(', ') : 'no other bundle'),
    h('dt', {}, 'Feature'), h('dd', {}, impact.features.length ? impact.features.join(', ') : 'none: a plugin'),
  ];
}

customElements.define('meridian-plugins', PluginsView);
