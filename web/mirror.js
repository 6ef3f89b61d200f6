// The text version of the view (#mirror in index.html): the app hands over what it drew as JSON
// (src/app/mirror.h) whenever that changed, and this writes it into real HTML: headings, the
// headline sentence, a table of the figures and an aria-live line saying what changed. Its
// controls drive the app through the view link, as a shared link would. No inline script, no
// eval, no request (the page's CSP forbids all three).
'use strict';

(function () {
  const root = document.getElementById('mirror');
  const canvas = document.getElementById('canvas');
  const byId = (id) => document.getElementById(id);
  let api = null;    // {apply(fragment), search(query)} from the module (library_jv.js)
  let last = null;   // the mirror last rendered
  let announced = false;
  let texts = {};    // the page's own words in the interface's language (mirror.h `texts`)
  const say = (id, fallback, value) => (texts[id] || fallback).replace('{1}', value === undefined ? '' : value);

  // Keys typed in the text version are the browser's, not the canvas's: the app listens on the
  // window (capturing), and would take them and cancel their default. Registered before the module
  // starts, so this listener runs first. Tab anywhere but on the canvas (or the input a phone's
  // keyboard types into, which stands for a canvas field) moves the browser's focus, so the
  // keyboard can always reach (and leave) the text version.
  // Stopped here, at the window, a key never reaches the text version's own elements either: what
  // the text version does with a key (Enter in its search) is called from here.
  function keepKey(event) {
    const inMirror = root.contains(event.target);
    const active = document.activeElement;
    const onCanvas = active === canvas || Boolean(active && active.classList.contains('jv-text-proxy'));
    const tabOffCanvas = event.key === 'Tab' && !onCanvas;
    if (!inMirror && !tabOffCanvas) return;
    event.stopImmediatePropagation();
    if (inMirror && event.type === 'keydown') onMirrorKey(event);
  }
  for (const type of ['keydown', 'keyup', 'keypress']) window.addEventListener(type, keepKey, true);
  // Paste, copy and cut in a field of the text version stay there (the app takes them on the
  // document for its own fields and for tables pasted from Excel).
  for (const type of ['paste', 'copy', 'cut']) root.addEventListener(type, (e) => e.stopPropagation());

  function apply(fragment) {
    if (api) api.apply(fragment);
  }

  // --- Gemeente search ------------------------------------------------------------------------
  const search = byId('mirror-search');
  const hits = byId('mirror-hits');
  const hitsStatus = byId('mirror-hits-status');

  function choose(code) {
    // From the start page a chosen gemeente opens its overview, as on the canvas.
    apply((last && last.tab === 'start' ? 'tab=overzicht&' : '') + 'gemeente=' + encodeURIComponent(code));
  }

  function showHits() {
    const query = search.value;
    const found = api && query.trim() ? api.search(query) : [];
    hits.replaceChildren();
    for (const g of found) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = g.name;
      button.dataset.code = g.code;
      button.addEventListener('click', () => choose(g.code));
      item.appendChild(button);
      hits.appendChild(item);
    }
    if (!query.trim()) hitsStatus.textContent = '';
    else if (found.length === 0) hitsStatus.textContent = say('hits-none', 'Geen gemeente gevonden voor „{1}”.', query);
    else if (found.length === 1) hitsStatus.textContent = say('hits-one', '1 gemeente gevonden. Enter kiest haar.');
    else hitsStatus.textContent = say('hits-many', '{1} gemeenten gevonden: ga met Tab naar de lijst hieronder.', found.length);
  }
  search.addEventListener('input', showHits);

  // A key in the text version (from keepKey). Enter in the search takes the gemeente when exactly
  // one fits, as its message ("1 gemeente gevonden. Enter kiest haar.") says; with several, the
  // message sends the user to the list with Tab, and Enter chooses none of them.
  function onMirrorKey(event) {
    if (event.target !== search || event.key !== 'Enter') return;
    event.preventDefault();
    const buttons = hits.querySelectorAll('button');
    if (buttons.length === 1) choose(buttons[0].dataset.code);
  }

  // --- Group, indicator, tab ------------------------------------------------------------------
  const groups = byId('mirror-groups');
  const indicator = byId('mirror-indicator');
  const tabs = byId('mirror-tabs');

  indicator.addEventListener('change', () => apply('indicator=' + encodeURIComponent(indicator.value)));

  // The language: the same link key as a shared link (`taal=en`).
  const language = byId('mirror-lang');
  language.addEventListener('change', () => apply('taal=' + encodeURIComponent(language.value)));

  function renderLanguage(m) {
    if (!last || !sameOptions(last.langs, m.langs)) {
      language.replaceChildren();
      for (const o of m.langs) {
        const option = new Option(o.label, o.id);
        option.lang = o.id;  // each language's name is read in that language
        language.appendChild(option);
      }
    }
    language.value = m.lang;
  }

  // The page's fixed words (headings, labels, table heads) in the interface's language.
  function renderTexts(m) {
    texts = {};
    for (const t of m.texts) {
      texts[t.id] = t.label;
      if (t.id === 'document-title') { document.title = t.label; continue; }
      const [id, attribute] = t.id.split('@');
      const element = byId(id);
      if (!element) continue;
      if (attribute) element.setAttribute(attribute, t.label);
      else element.textContent = t.label;
    }
  }

  const sameOptions = (a, b) => Boolean(a && b) && JSON.stringify(a) === JSON.stringify(b);

  function renderGroups(m) {
    if (!last || !sameOptions(last.groups, m.groups)) {
      groups.querySelectorAll('label').forEach((l) => l.remove());
      for (const o of m.groups) {
        const label = document.createElement('label');
        const radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'mirror-group';
        radio.value = o.id;
        radio.addEventListener('change', () => { if (radio.checked) apply('groep=' + o.id); });
        label.append(radio, ' ' + o.label);
        groups.appendChild(label);
      }
    }
    groups.querySelectorAll('input').forEach((r) => { r.checked = r.value === m.group; });
  }

  function renderIndicators(m) {
    if (!last || !sameOptions(last.indicators, m.indicators)) {
      indicator.replaceChildren();
      for (const o of m.indicators) indicator.appendChild(new Option(o.label, o.id));
    }
    indicator.value = m.indicator;
  }

  function renderTabs(m) {
    if (!last || !sameOptions(last.tabs, m.tabs)) {
      tabs.replaceChildren();
      for (const o of m.tabs) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = o.label;
        button.dataset.tab = o.id;
        button.addEventListener('click', () => apply('tab=' + o.id));
        item.appendChild(button);
        tabs.appendChild(item);
      }
    }
    tabs.querySelectorAll('button').forEach((b) => {
      if (b.dataset.tab === m.tab) b.setAttribute('aria-current', 'page');
      else b.removeAttribute('aria-current');
    });
  }

  // --- Figures --------------------------------------------------------------------------------
  function cell(tag, text, attrs) {
    const c = document.createElement(tag);
    c.textContent = text;
    for (const [k, v] of Object.entries(attrs || {})) c.setAttribute(k, v);
    return c;
  }

  function renderFigures(m) {
    byId('mirror-title').textContent = m.title;
    const headline = byId('mirror-headline');
    headline.textContent = m.headline;
    headline.hidden = !m.headline;
    const note = byId('mirror-note');
    note.textContent = m.note;
    note.hidden = !m.note;
    const table = byId('mirror-table');
    table.hidden = m.rows.length === 0;
    byId('mirror-caption').textContent = m.caption;
    byId('mirror-gemeente-head').textContent = m.gemeente || say('gemeente', 'Gemeente');
    const body = byId('mirror-rows');
    body.replaceChildren();
    for (const r of m.rows) {
      const tr = document.createElement('tr');
      tr.dataset.id = r.id;
      tr.appendChild(cell('th', r.indicator, { scope: 'row' }));
      tr.appendChild(cell('td', r.value, r.valueNumber === null ? {} : { 'data-number': String(r.valueNumber) }));
      tr.appendChild(cell('td', r.group));
      tr.appendChild(cell('td', r.median, r.medianNumber === null ? {} : { 'data-number': String(r.medianNumber) }));
      tr.appendChild(cell('td', r.range));
      const verdict = cell('td', r.verdict, { 'data-verdict': r.verdict });
      if (r.reference) {
        verdict.appendChild(document.createElement('br'));
        verdict.appendChild(cell('span', r.reference, { class: 'mirror-small' }));
      }
      tr.appendChild(verdict);
      tr.appendChild(cell('td', r.source));
      tr.appendChild(cell('td', r.period));
      body.appendChild(tr);
    }
  }

  // --- The public website (modus=publiek) ----------------------------------------------------
  function definition(list, term, text) {
    list.appendChild(cell('dt', term));
    list.appendChild(cell('dd', text));
  }

  function renderPublic(m) {
    const isPublic = m.mode === 'publiek';
    // The full app's controls and table are not part of the public page.
    root.querySelectorAll('.mirror-full').forEach((e) => { e.hidden = isPublic; });
    byId('mirror-public').hidden = !isPublic;
    if (!isPublic) return;
    byId('mirror-title').textContent = m.title;
    const note = byId('mirror-public-note');
    note.textContent = m.note;
    note.hidden = !m.note;
    byId('mirror-public-table').hidden = m.cards.length === 0;
    byId('mirror-public-terms').hidden = m.cards.length === 0;
    byId('mirror-public-caption').textContent = m.caption;
    byId('mirror-public-gemeente').textContent = m.gemeente || say('gemeente', 'Gemeente');
    const body = byId('mirror-public-rows');
    const terms = byId('mirror-public-term-list');
    const definitions = byId('mirror-public-definitions');
    body.replaceChildren();
    terms.replaceChildren();
    definitions.replaceChildren();
    const explained = new Set();
    for (const c of m.cards) {
      const tr = document.createElement('tr');
      tr.dataset.id = c.id;
      tr.appendChild(cell('th', c.title, { scope: 'row' }));
      const value = cell('td', c.value, c.valueNumber === null ? {} : { 'data-number': String(c.valueNumber) });
      if (c.detail) {
        value.appendChild(document.createElement('br'));
        value.appendChild(cell('span', c.detail, { class: 'mirror-small' }));
      }
      tr.appendChild(value);
      tr.appendChild(cell('td', c.region));
      tr.appendChild(cell('td', c.nederland));
      const words = cell('td', c.words);
      if (c.similar) {
        words.appendChild(document.createElement('br'));
        words.appendChild(cell('span', c.similar, { class: 'mirror-small' }));
      }
      tr.appendChild(words);
      tr.appendChild(cell('td', c.source));
      tr.appendChild(cell('td', c.period));
      body.appendChild(tr);
      for (const t of c.terms) {
        if (explained.has(t.id)) continue;
        explained.add(t.id);
        definition(terms, t.name, t.text);
      }
      definition(definitions, c.title, c.dividedBy ? c.definition + ' ' + c.dividedBy : c.definition);
    }
    byId('mirror-public-meaning').textContent = m.meaning;
    const sources = byId('mirror-public-sources');
    sources.replaceChildren();
    for (const line of m.sources) sources.appendChild(cell('li', line));
  }

  // Called by the module (boot.js passes it on) with the mirror as JSON, only when it changed.
  function update(json, moduleApi) {
    api = moduleApi;
    const m = JSON.parse(json);
    renderTexts(m);
    renderLanguage(m);
    renderGroups(m);
    renderIndicators(m);
    renderTabs(m);
    renderFigures(m);
    renderPublic(m);
    // Say where the user is now, once it changed; not for the first view (the page just opened).
    if (last && m.announcement !== last.announcement) {
      byId('mirror-live').textContent = m.announcement;
      announced = true;
    } else if (!announced) {
      byId('mirror-live').textContent = '';
    }
    last = m;
    if (search.value && hits.childElementCount === 0) showHits();
  }

  window.jvMirror = { update };
})();
