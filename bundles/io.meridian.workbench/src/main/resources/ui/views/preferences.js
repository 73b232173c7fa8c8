// The Preferences view: one form per configurable bundle, generated from its Metatype
// description, saved through ConfigAdmin into the bundle's file in etc/.
import { api, h, icon, toast, errorBox, emptyState } from '/ui/meridian.js';

const PROFILE = 'io.meridian.workbench.profile';
const NUMERIC = new Set(['integer', 'long', 'short', 'byte', 'double', 'float', 'biginteger', 'bigdecimal']);

class PreferencesView extends HTMLElement {
  async connectedCallback() {
    this.replaceChildren(h('p', { class: 'loading' }, 'Reading the settings…'));
    try {
      const { forms } = await api('/api/v1/preferences');
      forms.sort((a, b) => (a.pid === PROFILE ? -1 : b.pid === PROFILE ? 1 : 0));
      // Meridian's own and third-party plugins first; the platform's (Felix) settings are for experts.
      const platform = forms.filter((f) => f.bundle.startsWith('org.apache.'));
      const plugins = forms.filter((f) => !platform.includes(f));
      this.replaceChildren(
        h('p', { class: 'muted' }, 'Each form belongs to a plugin. Saving writes its file in etc/, which you may also edit by hand; '
          + 'a field left empty takes its default.'),
        ...(plugins.length ? plugins.map((f) => this.formCard(f)) : [emptyState('Nothing to configure', 'No running plugin describes settings.')]),
        platform.length ? h('details', { class: 'card' }, h('summary', {}, `Platform settings (${platform.length}) — for experts`),
          h('div', { class: 'stack' }, platform.map((f) => this.formCard(f)))) : null);
    } catch (e) {
      this.replaceChildren(errorBox(e, 'The settings could not be read'));
    }
  }

  formCard(form) {
    const inputs = new Map();
    const errors = new Map();
    const fields = form.attributes.map((a) => {
      const id = `pref-${form.pid}-${a.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
      const hintId = `${id}-hint`;
      const errorId = `${id}-error`;
      const input = control(a, id, `${hintId} ${errorId}`);
      inputs.set(a.id, input);
      const error = h('span', { class: 'error', id: errorId, role: 'alert' });
      errors.set(a.id, error);
      const label = h('label', { for: id }, a.name || a.id);
      const description = (a.description || '').trim();
      const hint = h('span', { class: 'hint', id: hintId }, description, description && !/[.!?]$/.test(description) ? '.' : '',
        a.default !== null && a.type !== 'boolean' ? ` Default: ${a.default || 'empty'}.` : '');
      return a.type === 'boolean'
        ? h('div', { class: 'field' }, h('div', { class: 'row' }, input, label), hint, error)
        : h('div', { class: 'field' }, label, input, hint, error);
    });
    const status = h('span', { class: 'small muted', role: 'status' });
    const save = h('button', { type: 'submit', class: 'button primary' }, icon('check'), 'Save');
    const formElement = h('form', { class: 'card', 'aria-labelledby': `form-${form.pid}`, dataset: { pid: form.pid },
      onsubmit: async (e) => {
        e.preventDefault();
        const values = {};
        for (const a of form.attributes) {
          const input = inputs.get(a.id);
          if (a.type === 'password') { if (input.value) values[a.id] = input.value; continue; }
          values[a.id] = a.type === 'boolean' ? String(input.checked) : input.value;
        }
        for (const [attribute, error] of errors) { error.textContent = ''; inputs.get(attribute).removeAttribute('aria-invalid'); }
        save.disabled = true;
        try {
          await api(`/api/v1/preferences/${encodeURIComponent(form.pid)}`, { method: 'PUT', json: { values } });
          status.textContent = `Saved to ${form.file}.`;
          document.dispatchEvent(new CustomEvent('meridian:settings-saved', { detail: { pid: form.pid } }));
          toast(`${form.name}: saved.`, 'success');
        } catch (err) {
          const fieldErrors = Object.entries(err.fields || {});
          for (const [attribute, message] of fieldErrors) {
            if (!errors.has(attribute)) continue;
            errors.get(attribute).textContent = message;
            inputs.get(attribute).setAttribute('aria-invalid', 'true');
          }
          if (fieldErrors.length) inputs.get(fieldErrors[0][0])?.focus();
          status.textContent = '';
          toast(err.detail || err.message, 'error');
        } finally {
          save.disabled = false;
        }
      },
    },
    h('h2', { id: `form-${form.pid}` }, form.name),
    form.description ? h('p', { class: 'small muted' }, form.description) : null,
    h('p', { class: 'small muted' }, `From ${form.bundle}; kept in ${form.file}.`),
    h('div', { class: 'form-grid' }, fields),
    h('div', { class: 'row' }, save, status));
    return formElement;
  }
}

function control(a, id, describedBy) {
  const common = { id, name: a.id, 'aria-describedby': describedBy };
  if (a.options.length) {
    const select = h('select', common, a.required ? null : h('option', { value: '' }, `Default${a.default ? ` (${a.default})` : ''}`),
      a.options.map((o) => h('option', { value: o.value }, o.label)));
    select.value = a.value ?? '';
    return select;
  }
  if (a.type === 'boolean') {
    return h('input', { ...common, type: 'checkbox', checked: (a.value ?? a.default) === 'true' });
  }
  if (a.type === 'password') {
    return h('input', { ...common, type: 'password', autocomplete: 'new-password',
      placeholder: a.set ? 'Set; type to replace it' : 'Not set' });
  }
  return h('input', { ...common, type: NUMERIC.has(a.type) ? 'number' : 'text', value: a.value ?? '',
    placeholder: a.default ?? '', step: a.type === 'double' || a.type === 'float' ? 'any' : null, spellcheck: 'false' });
}

customElements.define('meridian-preferences', PreferencesView);
