// The forms of the contact pages, each in a modal dialog: a person (new or changed), an
// interaction, a promise, a trust assessment, an introduction. The server checks every field;
// its messages are shown next to the fields they name.
import { api, h, toast, todayIso, ApiError } from '/ui/meridian.js';

export const CHANNELS = [['call', 'Call'], ['video', 'Video call'], ['email', 'Email'], ['message', 'Message'], ['meeting', 'Meeting'],
  ['in_person', 'In person']];

let serial = 0;

/**
 * Shows a form in a dialog and resolves with what `submit` answered, or null if cancelled.
 * fields: [{ name, label, type: text|email|date|datetime-local|number|textarea|select, options: [[value, label]], value, hint, required }]
 * submit(values) may throw an ApiError whose `fields` are keyed by the fields' names.
 */
export function formDialog({ title, intro, fields, submitLabel = 'Save', submit }) {
  return new Promise((resolve) => {
    const id = `form-${++serial}`;
    const inputs = new Map();
    const errors = new Map();
    const rows = fields.map((f) => {
      const fieldId = `${id}-${f.name}`;
      const common = { id: fieldId, name: f.name, required: f.required || null, 'aria-describedby': `${fieldId}-hint ${fieldId}-error` };
      let input;
      if (f.type === 'select') {
        input = h('select', common, f.options.map(([v, label]) => h('option', { value: v }, label)));
        input.value = f.value ?? f.options[0][0];
      } else if (f.type === 'textarea') {
        input = h('textarea', common, f.value ?? '');
      } else {
        input = h('input', { ...common, type: f.type || 'text', value: f.value ?? '', min: f.min, max: f.max, step: f.step,
          autocomplete: 'off', placeholder: f.placeholder });
      }
      inputs.set(f.name, input);
      const error = h('span', { class: 'error', id: `${fieldId}-error`, role: 'alert' });
      errors.set(f.name, error);
      return h('div', { class: `field${f.wide ? ' wide' : ''}` }, h('label', { for: fieldId }, f.label), input,
        h('span', { class: 'hint', id: `${fieldId}-hint` }, f.hint || ''), error);
    });
    const general = h('div', { role: 'alert' });
    const save = h('button', { type: 'submit', class: 'button primary' }, submitLabel);
    const cancel = h('button', { type: 'button', class: 'button' }, 'Cancel');
    const form = h('form', { class: 'stack', novalidate: true },
      intro ? h('p', { class: 'muted' }, intro) : null, general, h('div', { class: 'form-grid' }, rows),
      h('div', { class: 'dialog-actions' }, cancel, save));
    const dialog = h('dialog', { 'aria-labelledby': `${id}-title`, class: 'form-dialog' }, h('h2', { id: `${id}-title` }, title), form);
    const close = (answer) => { dialog.close(); dialog.remove(); resolve(answer); };
    cancel.addEventListener('click', () => close(null));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(null); });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      for (const [name, error] of errors) { error.textContent = ''; inputs.get(name).removeAttribute('aria-invalid'); }
      general.replaceChildren();
      const values = {};
      for (const [name, input] of inputs) values[name] = input.value.trim();
      save.disabled = true;
      try {
        close(await submit(values));
      } catch (err) {
        save.disabled = false;
        const named = Object.entries(err instanceof ApiError ? err.fields : {});
        let first = null;
        for (const [key, message] of named) {
          const name = key.split(/[.[]/)[0];
          if (!errors.has(name)) continue;
          errors.get(name).textContent = message;
          inputs.get(name).setAttribute('aria-invalid', 'true');
          first = first || inputs.get(name);
        }
        if (!first) general.replaceChildren(h('p', { class: 'alert error' }, err.detail || err.message));
        (first || save).focus();
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    inputs.values().next().value?.focus();
  });
}

const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** Creates a person (person null) or changes one; resolves with the person stored, or null. */
export function personDialog(person) {
  const p = person || {};
  return formDialog({
    title: person ? `Change ${person.displayName}` : 'New contact',
    submitLabel: person ? 'Save changes' : 'Add contact',
    fields: [
      { name: 'givenName', label: 'Given name', value: p.givenName },
      { name: 'familyName', label: 'Family name', value: p.familyName },
      { name: 'title', label: 'Title', value: p.title },
      { name: 'country', label: 'Country', value: p.country, hint: 'Two letters, e.g. DE or JP', placeholder: 'DE' },
      { name: 'timeZone', label: 'Time zone', value: p.timeZone, hint: 'e.g. Europe/Berlin; left empty, Meridian infers it from the country where it can' },
      { name: 'workingHours', label: 'Working hours', value: p.workingHours, hint: 'Their time, e.g. 09:00-17:30 or Sun-Thu 08:00-16:00' },
      { name: 'emails', label: 'Emails', value: (p.emails || []).map((e) => e.value).join(', '), hint: 'Separated by commas' },
      { name: 'phones', label: 'Phones', value: (p.phones || []).map((e) => e.value).join(', '), hint: 'As dialled in their country, or with +code' },
      { name: 'tags', label: 'Tags', value: (p.tags || []).join(', '), hint: 'e.g. partner, supplier' },
      { name: 'cadenceDays', label: 'Talk every (days)', type: 'number', min: 1, max: 3650, value: p.cadenceDays ?? '',
        hint: p.effectiveCadenceDays ? `Now ${p.effectiveCadenceDays} days, from the rules; empty keeps the rules` : 'Empty follows the rules of their tags' },
      { name: 'inPersonCadenceDays', label: 'Meet every (days)', type: 'number', min: 1, max: 3650, value: p.inPersonCadenceDays ?? '',
        hint: p.effectiveInPersonCadenceDays ? `Now ${p.effectiveInPersonCadenceDays} days` : '' },
      { name: 'notes', label: 'Notes', type: 'textarea', value: p.notes, wide: true },
    ],
    async submit(v) {
      const body = {
        givenName: v.givenName || null, familyName: v.familyName || null, title: v.title || null,
        country: v.country || null, timeZone: v.timeZone || null, workingHours: v.workingHours || null,
        emails: list(v.emails), phones: list(v.phones), tags: list(v.tags),
        cadenceDays: v.cadenceDays ? Number(v.cadenceDays) : null, inPersonCadenceDays: v.inPersonCadenceDays ? Number(v.inPersonCadenceDays) : null,
        notes: v.notes || null,
      };
      const saved = person
        ? await api(`/api/v1/contacts/${person.id}`, { method: 'PATCH', json: { ...body, version: person.version },
          headers: { 'Content-Type': 'application/merge-patch+json' } })
        : await api('/api/v1/contacts', { method: 'POST', json: body });
      toast(person ? `${saved.displayName}: saved.` : `${saved.displayName} was added.`, 'success');
      return saved;
    },
  });
}

/** Logs an interaction that happened (now by default); resolves with it, or null. */
export function interactionDialog(person, channel = 'call') {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  return formDialog({
    title: `Log an interaction with ${person.displayName}`,
    submitLabel: 'Log it',
    fields: [
      { name: 'channel', label: 'How', type: 'select', options: CHANNELS, value: channel },
      { name: 'direction', label: 'Who reached out', type: 'select', options: [['outbound', 'You did'], ['inbound', 'They did']] },
      { name: 'at', label: 'When', type: 'datetime-local', value: local, hint: 'Your time' },
      { name: 'summary', label: 'What was said', type: 'textarea', wide: true, hint: 'Optional; helps the next conversation' },
    ],
    async submit(v) {
      const at = v.at ? new Date(v.at).toISOString() : new Date().toISOString();
      const saved = await api(`/api/v1/contacts/${person.id}/interactions`, { method: 'POST',
        json: { channel: v.channel, direction: v.direction, at, summary: v.summary || null } });
      toast(`Logged: ${CHANNELS.find(([c]) => c === v.channel)[1].toLowerCase()} with ${person.displayName}.`, 'success');
      return saved;
    },
  });
}

/** Records a promise, yours or theirs. */
export function promiseDialog(person) {
  return formDialog({
    title: `A promise with ${person.displayName}`,
    submitLabel: 'Record the promise',
    fields: [
      { name: 'what', label: 'What was promised', wide: true, required: true },
      { name: 'owedBy', label: 'Who owes it', type: 'select', options: [['me', 'You'], ['them', 'They']] },
      { name: 'due', label: 'By', type: 'date', value: todayIso(), required: true },
    ],
    async submit(v) {
      const saved = await api(`/api/v1/contacts/${person.id}/commitments`, { method: 'POST', json: { what: v.what, owedBy: v.owedBy, due: v.due } });
      toast('The promise is recorded.', 'success');
      return saved;
    },
  });
}

/** Assesses trust on the four criteria. */
export function trustDialog(person) {
  const scale = [['5', '5, very high'], ['4', '4'], ['3', '3'], ['2', '2'], ['1', '1, very low']];
  return formDialog({
    title: `How much do you trust ${person.displayName}?`,
    intro: 'Each from 1 to 5. The score is their mean; a drop of half a point or more counts against the relationship.',
    submitLabel: 'Save the assessment',
    fields: [
      { name: 'openness', label: 'Openness: they share what they know', type: 'select', options: scale, value: '3' },
      { name: 'competence', label: 'Competence: they can do what they say', type: 'select', options: scale, value: '3' },
      { name: 'respect', label: 'Respect: they keep their word', type: 'select', options: scale, value: '3' },
      { name: 'rapport', label: 'Rapport: you understand each other', type: 'select', options: scale, value: '3' },
      { name: 'note', label: 'Why', type: 'textarea', wide: true },
    ],
    async submit(v) {
      const saved = await api(`/api/v1/contacts/${person.id}/trust`, { method: 'POST', json: {
        openness: Number(v.openness), competence: Number(v.competence), respect: Number(v.respect), rapport: Number(v.rapport), note: v.note || null } });
      toast(`Trust assessed: ${saved.score} of 5.`, 'success');
      return saved;
    },
  });
}

/** Records who introduced this person (to you, or to someone else). */
export async function introductionDialog(person) {
  let people;
  try {
    people = await api('/api/v1/contacts?limit=500&sort=name');
  } catch (e) {
    toast(e.detail || e.message, 'error');
    return null;
  }
  const others = people.items.filter((p) => p.id !== person.id).map((p) => [p.id, p.displayName]);
  if (!others.length) {
    toast('Add the person who made the introduction first.', 'error');
    return null;
  }
  return formDialog({
    title: `Who introduced ${person.displayName}?`,
    submitLabel: 'Record the introduction',
    fields: [
      { name: 'introducerId', label: 'Introduced by', type: 'select', options: others },
      { name: 'toId', label: 'To', type: 'select', options: [['', 'You'], ...others] },
      { name: 'on', label: 'On', type: 'date', value: todayIso() },
      { name: 'note', label: 'Where or how', wide: true },
    ],
    async submit(v) {
      const saved = await api(`/api/v1/contacts/${person.id}/introductions`, { method: 'POST',
        json: { introducerId: v.introducerId, toId: v.toId || null, on: v.on, note: v.note || null } });
      toast('The introduction is recorded.', 'success');
      return saved;
    },
  });
}
