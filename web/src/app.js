// The khaldun dashboard: one page over the JSON API of `khaldun serve`.
// State lives in the URL hash ("#/?actor=IRN&bucket=day", "#/event/12"), so
// that every view can be linked and reloaded.
'use strict';

const FILTER_NAMES = ['actor', 'source', 'target', 'code', 'quad', 'location', 'from', 'to'];
const PAGE_SIZE = 25;
const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const MAP_WIDTH = 960;
const MAP_HEIGHT = 480;
const BUCKET_SECONDS = { day: 86400, week: 7 * 86400, month: 31 * 86400, year: 366 * 86400 };

let chart = null;
let worldPaths = null;  // SVG path data of the countries, drawn once
let offset = 0;

const $ = (sel) => document.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

async function api(path, options = {}) {
  const res = await fetch(path, options);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : `${res.status} ${res.statusText}`;
    throw new Error(msg);
  }
  return body;
}

// ---- state in the hash ------------------------------------------------------

function readState() {
  const hash = location.hash.replace(/^#/, '');
  const m = hash.match(/^\/event\/(\d+)/);
  if (m) return { page: 'event', id: m[1] };
  const query = new URLSearchParams(hash.split('?')[1] || '');
  const filters = {};
  for (const name of FILTER_NAMES) if (query.get(name)) filters[name] = query.get(name);
  return { page: 'overview', filters, bucket: query.get('bucket') || 'month',
           offset: Number(query.get('offset') || 0) };
}

function writeState(filters, bucket, newOffset) {
  const q = new URLSearchParams(filters);
  q.set('bucket', bucket);
  if (newOffset) q.set('offset', newOffset);
  location.hash = '#/?' + q.toString();
}

function filterQuery(filters, extra = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== '') q.set(k, v);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

function formFilters() {
  const form = $('#filters');
  const filters = {};
  for (const name of FILTER_NAMES) {
    const v = form.elements[name].value.trim();
    if (v) filters[name] = v;
  }
  return filters;
}

// ---- series (uPlot) ---------------------------------------------------------

function periodToSeconds(period) {
  const [y, m = '01', d = '01'] = period.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 1000;
}

// The periods from the first to the last, with the ones that have no events
// (the API leaves them out) as zero counts and no Goldstein mean, so that a
// line does not bridge a quiet month.
function fillPeriods(rows, bucket) {
  if (!rows.length) return [];
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const out = [];
  const last = rows[rows.length - 1].period;
  const pad = (n) => String(n).padStart(2, '0');
  let t = new Date(periodToSeconds(rows[0].period) * 1000);
  for (let guard = 0; guard < 20000; guard++) {
    const period = bucket === 'year' ? `${t.getUTCFullYear()}`
      : bucket === 'month' ? `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`
        : t.toISOString().slice(0, 10);
    out.push(byPeriod.get(period) || { period, events: 0, quad: [0, 0, 0, 0], goldstein_mean: null });
    if (period >= last) break;
    if (bucket === 'year') t.setUTCFullYear(t.getUTCFullYear() + 1);
    else if (bucket === 'month') t.setUTCMonth(t.getUTCMonth() + 1);
    else t.setUTCDate(t.getUTCDate() + (bucket === 'week' ? 7 : 1));
  }
  return out;
}

function drawSeries(data, bucket) {
  const rows = data.series;
  const filled = fillPeriods(rows, bucket);
  const xs = filled.map((r) => periodToSeconds(r.period));
  const coop = filled.map((r) => r.quad[0] + r.quad[1]);
  const conflict = filled.map((r) => r.quad[2] + r.quad[3]);
  const goldstein = filled.map((r) => (r.goldstein_mean === null ? null : Math.round(r.goldstein_mean * 100) / 100));
  const total = rows.reduce((n, r) => n + r.events, 0);
  const sumConflict = rows.reduce((n, r) => n + r.quad[2] + r.quad[3], 0);
  const sumCoop = rows.reduce((n, r) => n + r.quad[0] + r.quad[1], 0);
  const summary = $('#series-summary');
  summary.textContent = rows.length
    ? `${total} events in ${rows.length} ${bucket}s from ${rows[0].period} to ${rows[rows.length - 1].period}: ` +
      `${sumCoop} cooperation, ${sumConflict} conflict`
    : 'No events match these filters.';
  summary.dataset.events = total;
  summary.dataset.periods = rows.map((r) => r.period).join(' ');
  const target = $('#series');
  if (chart) { chart.destroy(); chart = null; }
  target.textContent = '';
  if (!rows.length) return;
  const opts = {
    width: Math.max(320, target.clientWidth || 900),
    height: 260,
    scales: {
      // A single period gets a range around it, not uPlot's default span.
      x: { time: true, range: (u, min, max) => (min === max ? [min - BUCKET_SECONDS[bucket], max + BUCKET_SECONDS[bucket]] : [min, max]) },
      g: { range: [-10, 10] },
    },
    series: [
      {},
      { label: 'cooperation (QuadClass 1-2)', stroke: '#2b7bb9', fill: 'rgba(43,123,185,0.12)', width: 2, points: { show: true } },
      { label: 'conflict (QuadClass 3-4)', stroke: '#c8442c', fill: 'rgba(200,68,44,0.12)', width: 2, points: { show: true } },
      { label: 'mean Goldstein', stroke: '#7a5c00', dash: [4, 4], scale: 'g', width: 1.5, points: { show: true } },
    ],
    axes: [{}, { label: 'events' }, { side: 1, scale: 'g', label: 'Goldstein', grid: { show: false } }],
  };
  chart = new uPlot(opts, [xs, coop, conflict, goldstein], target);
}

// ---- map (world-atlas TopoJSON, equirectangular, plain SVG) ---------------

function project(lon, lat) {
  return [((lon + 180) / 360) * MAP_WIDTH, ((90 - lat) / 180) * MAP_HEIGHT];
}

function ringPath(ring) {
  return ring.map(([lon, lat], i) => {
    const [x, y] = project(lon, lat);
    return `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join('') + 'Z';
}

async function loadWorld() {
  if (worldPaths) return worldPaths;
  const topo = await fetch('vendor/countries-110m.json').then((r) => r.json());
  const countries = topojson.feature(topo, topo.objects.countries).features;
  worldPaths = countries.map((f) => {
    const g = f.geometry;
    if (!g) return { name: f.properties.name, d: '' };
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return { name: f.properties.name, d: polygons.map((p) => p.map(ringPath).join('')).join('') };
  });
  return worldPaths;
}

async function drawMap(events) {
  const paths = await loadWorld();
  const root = svg('svg', { viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, role: 'img', 'aria-label': 'map of event locations' });
  for (const p of paths) {
    const path = svg('path', { d: p.d, class: 'country' });
    const title = svg('title');
    title.textContent = p.name;
    path.append(title);
    root.append(path);
  }
  // One dot per place, its area the number of events, its colour the
  // QuadClass most of them have.
  const places = new Map();
  for (const e of events) {
    if (!e.location || (e.location.lat === 0 && e.location.lon === 0)) continue;
    const key = `${e.location.lat},${e.location.lon}`;
    const place = places.get(key) || { ...e.location, n: 0, quads: [0, 0, 0, 0, 0] };
    place.n += 1;
    place.quads[e.quad_class] += 1;
    places.set(key, place);
  }
  for (const p of places.values()) {
    const [x, y] = project(p.lon, p.lat);
    const quad = p.quads.indexOf(Math.max(...p.quads));
    const dot = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 2.5 * Math.sqrt(p.n)).toFixed(1),
                                class: `event-dot q${quad}`, 'data-place': p.name, 'data-country': p.country,
                                'data-count': p.n });
    const title = svg('title');
    title.textContent = `${p.name || p.country}: ${p.n} event${p.n > 1 ? 's' : ''}`;
    dot.append(title);
    root.append(dot);
  }
  const map = $('#map');
  map.textContent = '';
  map.append(root);
  $('#map-summary').textContent =
    `${places.size} place${places.size === 1 ? '' : 's'} for ${events.length} events` +
    (events.length === 500 ? ' (the first 500)' : '');
}

// ---- tables ------------------------------------------------------------------

function actorCell(actor) {
  return el('td', { title: actor ? actor.name : '', text: actor ? actor.code : '—' });
}

function drawEvents(data) {
  const body = $('#events tbody');
  body.textContent = '';
  for (const e of data.events) {
    const tr = el('tr', { 'data-id': e.id },
      el('td', { text: e.date }), actorCell(e.source), el('td', { text: e.cameo_code }),
      el('td', { text: e.cameo_name }), actorCell(e.target),
      el('td', {}, el('span', { class: `quad q${e.quad_class}`, title: QUAD_NAMES[e.quad_class], text: e.quad_class })),
      el('td', { class: 'num', text: e.goldstein.toFixed(1) }),
      el('td', { text: e.location ? `${e.location.name || ''} ${e.location.country}`.trim() : '' }),
      el('td', { class: 'num', text: e.num_mentions }));
    tr.addEventListener('click', () => { location.hash = `#/event/${e.id}`; });
    body.append(tr);
  }
  $('#page').textContent = data.events.length
    ? `${data.offset + 1}–${data.offset + data.events.length}` : 'no events';
  $('#prev').disabled = data.offset === 0;
  $('#next').disabled = !data.has_more;
}

function drawDyads(data, filters, bucket) {
  const body = $('#dyads tbody');
  body.textContent = '';
  for (const d of data.dyads) {
    const tr = el('tr', {}, actorCell(d.source), actorCell(d.target),
      el('td', { class: 'num', text: d.events }), el('td', { class: 'num', text: d.goldstein_mean.toFixed(1) }));
    tr.addEventListener('click', () => {
      const f = { ...filters, source: d.source.code, target: d.target.code };
      delete f.actor;
      writeState(f, bucket, 0);
    });
    body.append(tr);
  }
}

async function showOverview(state) {
  $('#overview').hidden = false;
  $('#event-page').hidden = true;
  const form = $('#filters');
  for (const name of FILTER_NAMES) form.elements[name].value = state.filters[name] || '';
  form.elements.bucket.value = state.bucket;
  offset = state.offset;
  const status = $('#status');
  status.textContent = 'Loading…';
  status.className = '';
  try {
    const [series, events, mapEvents, dyads] = await Promise.all([
      api('/api/series?' + filterQuery(state.filters, { bucket: state.bucket })),
      api('/api/events?' + filterQuery(state.filters, { limit: PAGE_SIZE, offset })),
      api('/api/events?' + filterQuery(state.filters, { limit: 500 })),
      api('/api/dyads?' + filterQuery(state.filters, { limit: 10 })),
    ]);
    drawSeries(series, state.bucket);
    drawEvents(events);
    drawDyads(dyads, state.filters, state.bucket);
    await drawMap(mapEvents.events);
    status.textContent = '';
    document.body.dataset.ready = 'overview';
  } catch (err) {
    status.textContent = err.message;
    status.className = 'error';
    document.body.dataset.ready = 'error';
  }
}

// ---- an event and its evidence ---------------------------------------------

// The sentence with the source, target, verb and location marked. Spans are
// byte offsets into the UTF-8 sentence, so the text is cut as bytes.
function highlightedSentence(sentence, highlights) {
  const bytes = new TextEncoder().encode(sentence);
  const decode = (a, b) => new TextDecoder().decode(bytes.subarray(a, b));
  const p = el('p', { class: 'sentence' });
  let at = 0;
  for (const h of highlights) {
    if (h.begin < at) continue;  // overlapping spans: the first one wins
    p.append(decode(at, h.begin));
    p.append(el('mark', { class: `hl-${h.role}`, title: h.role, text: decode(h.begin, h.end) }));
    at = h.end;
  }
  p.append(decode(at, bytes.length));
  return p;
}

function mentionBlock(m) {
  const who = (a) => (a ? `${a.code} (${a.text || a.name}${a.how && a.how !== 'dictionary' ? `; ${a.how}` : ''})` : '—');
  return el('div', { class: 'mention' },
    highlightedSentence(m.evidence.sentence, m.highlights),
    el('p', { class: 'meta' },
      `${m.date} · ${who(m.source)} → ${m.cameo_code} ${m.cameo_name} → ${who(m.target)}` +
      (m.negated ? ' · negated' : '')),
    el('p', { class: 'meta' }, 'rule: ', el('code', { class: 'rule', text: m.evidence.rule || '—' }),
      m.document ? ` · document ${m.document.id}${m.document.source ? ' (' + m.document.source + ')' : ''}, sentence ${m.sentence_index + 1}` : ''));
}

function legend() {
  return el('p', { class: 'legend meta' }, el('mark', { class: 'hl-source', text: 'source' }),
    el('mark', { class: 'hl-verb', text: 'verb' }), el('mark', { class: 'hl-target', text: 'target' }),
    el('mark', { class: 'hl-location', text: 'location' }));
}

async function showEvent(id) {
  $('#overview').hidden = true;
  $('#event-page').hidden = false;
  const box = $('#event-detail');
  box.textContent = 'Loading…';
  try {
    const data = await api(`/api/event/${id}`);
    const e = data.event;
    box.textContent = '';
    box.append(
      el('h2', { text: `${e.source ? e.source.code : '—'} ${e.cameo_code} ${e.target ? e.target.code : '—'}: ${e.cameo_name}` }),
      el('p', { class: 'meta', text:
        `${e.date} · QuadClass ${e.quad_class} (${QUAD_NAMES[e.quad_class]}) · Goldstein ${e.goldstein} · ` +
        `PLOVER ${e.plover_type || '—'}${e.plover_mode ? '/' + e.plover_mode : ''} · ` +
        `${e.num_mentions} mention(s) in ${e.num_articles} article(s)` +
        (e.location ? ` · ${e.location.name || ''} ${e.location.country}` : '') }),
      legend());
    for (const m of data.mentions) box.append(mentionBlock(m));
    document.body.dataset.ready = 'event';
  } catch (err) {
    box.textContent = '';
    box.append(el('p', { class: 'error', text: err.message }));
    document.body.dataset.ready = 'error';
  }
}

// ---- code this text ----------------------------------------------------------

async function codeText(ev) {
  ev.preventDefault();
  const form = ev.target;
  const out = $('#code-result');
  out.textContent = 'Coding…';
  const token = form.elements.token.value.trim();
  if (token) sessionStorage.setItem('khaldun-token', token);
  try {
    const data = await api('/api/code', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: form.elements.text.value, date: form.elements.date.value,
                             store: form.elements.store.checked }),
    });
    out.textContent = '';
    out.append(el('p', { class: 'meta', id: 'code-summary',
      text: `${data.events.length} event(s) in ${data.sentences} sentence(s)${data.stored ? ', stored' : ''}` }));
    if (data.events.length) out.append(legend());
    for (const m of data.events) out.append(mentionBlock(m));
  } catch (err) {
    out.textContent = '';
    out.append(el('p', { class: 'error', text: err.message }));
  }
}

// ---- wiring --------------------------------------------------------------------

function route() {
  document.body.dataset.ready = '';
  const state = readState();
  if (state.page === 'event') showEvent(state.id);
  else showOverview(state);
}

document.addEventListener('DOMContentLoaded', () => {
  $('#filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    writeState(formFilters(), $('#filters').elements.bucket.value, 0);
  });
  $('#clear').addEventListener('click', (ev) => {
    ev.preventDefault();
    writeState({}, 'month', 0);
  });
  $('#prev').addEventListener('click', () => {
    const s = readState();
    writeState(s.filters, s.bucket, Math.max(0, offset - PAGE_SIZE));
  });
  $('#next').addEventListener('click', () => {
    const s = readState();
    writeState(s.filters, s.bucket, offset + PAGE_SIZE);
  });
  $('#code-form').addEventListener('submit', codeText);
  $('#code-form').elements.token.value = sessionStorage.getItem('khaldun-token') || '';
  $('#code-form').elements.date.value = new Date().toISOString().slice(0, 10);
  window.addEventListener('hashchange', route);
  route();
});
