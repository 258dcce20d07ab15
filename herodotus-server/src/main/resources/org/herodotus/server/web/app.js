/*
 * The analyst's desk. Plain JavaScript, no build step. Everything that comes from the store
 * (titles, texts, names, URLs) is hostile input: it reaches the page only as text nodes or as
 * attribute values set through the DOM, never as markup, and links are followed only when they
 * are http(s) addresses.
 */
(function () {
  'use strict';

  var FILTERS = ['text', 'type', 'country', 'actor', 'from', 'to'];
  var view = document.getElementById('view');
  var maps = [];

  // ---- DOM helpers -------------------------------------------------------------------------

  /** An element with attributes and children (strings become text nodes). */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) { return; }
        if (k === 'onclick') { el.addEventListener('click', v); } else { el.setAttribute(k, String(v)); }
      });
    }
    for (var i = 2; i < arguments.length; i++) { append(el, arguments[i]); }
    return el;
  }

  function append(el, child) {
    if (child === null || child === undefined || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(el, c); }); return; }
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }

  /** A link inside the app. */
  function link(hash, text) { return h('a', {href: hash}, text); }

  /** A link to an outside web page, only for http(s) addresses; else the text alone. */
  function outside(url, text) {
    if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
      return h('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank'}, text || url);
    }
    return document.createTextNode(text || url || '');
  }

  function badge(certainty) {
    return h('span', {'class': 'badge c-' + String(certainty || '').replace(/[^a-z]/g, '')}, certainty || '?');
  }

  function enc(s) { return encodeURIComponent(s); }

  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }

  // ---- state in the address: #/route?filters --------------------------------------------------

  function parseHash() {
    var hash = location.hash.replace(/^#/, '') || '/';
    var q = hash.indexOf('?');
    var path = q < 0 ? hash : hash.substring(0, q);
    var params = new URLSearchParams(q < 0 ? '' : hash.substring(q + 1));
    return {path: path, params: params};
  }

  function filters() {
    var p = parseHash().params;
    var f = {};
    FILTERS.forEach(function (k) { if (p.get(k)) { f[k] = p.get(k); } });
    return f;
  }

  function query(f, extra) {
    var p = new URLSearchParams();
    Object.keys(f).forEach(function (k) { if (f[k]) { p.set(k, f[k]); } });
    if (extra) { Object.keys(extra).forEach(function (k) { if (extra[k] !== undefined && extra[k] !== null) { p.set(k, extra[k]); } }); }
    return p.toString();
  }

  function setFilters(f) {
    var route = parseHash().path;
    if (route !== '/' && route !== '/incidents') { route = '/'; }
    var qs = query(f);
    location.hash = '#' + route + (qs ? '?' + qs : '');
  }

  function showFilters(f) {
    FILTERS.forEach(function (k) { document.getElementById('f-' + k).value = f[k] || ''; });
    var qs = query(f, {limit: 1000});
    document.getElementById('export-csv').setAttribute('href', 'api/events?' + qs + '&format=csv');
    document.getElementById('export-geojson').setAttribute('href', 'api/events?' + qs + '&format=geojson');
  }

  document.getElementById('filters').addEventListener('submit', function (e) {
    e.preventDefault();
    var f = {};
    FILTERS.forEach(function (k) { var v = document.getElementById('f-' + k).value.trim(); if (v) { f[k] = v; } });
    setFilters(f);
  });
  document.getElementById('f-clear').addEventListener('click', function () { setFilters({}); });
  document.getElementById('search').addEventListener('submit', function (e) {
    e.preventDefault();
    var q = document.getElementById('search-q').value.trim();
    var f = {};
    FILTERS.forEach(function (k) { var v = document.getElementById('f-' + k).value.trim(); if (v && k !== 'text') { f[k] = v; } });
    if (q) { location.hash = '#/search?' + query(f, {q: q}); }
  });

  // ---- data ------------------------------------------------------------------------------------

  // A server started with a read token answers the API only to requests that carry it. The
  // user types it once per tab; it is kept in sessionStorage (gone when the tab closes, never
  // sent to any other site) and sent as an Authorization header, never put in an address.
  var TOKEN_KEY = 'herodotus.readToken';

  function token() {
    try { return sessionStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }

  function headers(accept) {
    var hd = {'Accept': accept};
    var t = token();
    if (t) { hd.Authorization = 'Bearer ' + t; }
    return hd;
  }

  /** Thrown when the server wants the read token: the page asks for it instead of an error. */
  function NeedsToken(message) { this.message = message; }

  function api(path) {
    return fetch('api/' + path, {headers: headers('application/json')}).then(function (r) {
      if (r.status === 401) { throw new NeedsToken(token() ? 'That token was not accepted.' : ''); }
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body && body.error ? body.error : 'HTTP ' + r.status); }
        return body;
      });
    });
  }

  /** The form asking for the read token, shown instead of the page; only one at a time. */
  function askToken(message) {
    if (document.getElementById('token-form')) { return; }
    clear(view);
    var input = h('input', {id: 'token-input', type: 'password', autocomplete: 'off', size: 40, 'aria-label': 'Read token'});
    var form = h('form', {id: 'token-form', 'class': 'panel'},
      h('h1', null, 'This desk needs its read token'),
      h('p', {'class': 'muted'}, 'Whoever started the server has it. It is kept in this tab only, until the tab closes.'),
      message ? h('p', {'class': 'error', id: 'token-error'}, message) : null,
      h('label', null, 'Read token ', input), ' ', h('button', {type: 'submit'}, 'Open'));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var t = input.value.trim();
      if (!t) { return; }
      try { sessionStorage.setItem(TOKEN_KEY, t); } catch (err) { /* storage refused: nothing to keep it in */ }
      showTokenState();
      route();
    });
    view.appendChild(form);
    input.focus();
  }

  function showTokenState() {
    document.getElementById('token-clear').hidden = !token();
  }

  document.getElementById('token-clear').addEventListener('click', function () {
    try { sessionStorage.removeItem(TOKEN_KEY); } catch (e) { /* nothing kept */ }
    showTokenState();
    route();
  });

  // Export links fetch the file with the token when there is one (a plain link cannot carry
  // the header) and hand it to the browser as a download.
  ['export-csv', 'export-geojson'].forEach(function (id) {
    document.getElementById(id).addEventListener('click', function (e) {
      if (!token()) { return; }
      e.preventDefault();
      var a = e.currentTarget;
      fetch(a.getAttribute('href'), {headers: headers('*/*')}).then(function (r) {
        if (r.status === 401) { throw new NeedsToken('That token was not accepted.'); }
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.blob();
      }).then(function (blob) {
        var url = URL.createObjectURL(blob);
        var save = h('a', {href: url, download: a.getAttribute('download')});
        document.body.appendChild(save);
        save.click();
        save.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      }).catch(fail);
    });
  });

  var world = null;
  function worldLayer() {
    if (!world) {
      world = fetch('vendor/world-atlas/countries-50m.json').then(function (r) { return r.json(); })
        .then(function (t) { return topojson.feature(t, t.objects.countries); });
    }
    return world;
  }

  // ---- map -------------------------------------------------------------------------------------

  /** A map of events (rows with lat, lon) on the bundled world outline, markers clustered. */
  function eventMap(container, rows) {
    var map = L.map(container, {worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5});
    maps.push(map);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth');
    map.setView([25, 20], 2);
    worldLayer().then(function (countries) {
      L.geoJSON(countries, {
        style: {color: '#8c8a80', weight: 0.6, fillColor: '#efeadb', fillOpacity: 1},
        interactive: false
      }).addTo(map).bringToBack();
    });
    var cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40});
    var bounds = [];
    rows.forEach(function (r) {
      if (r.lat === null || r.lat === undefined || r.lon === null || r.lon === undefined) { return; }
      var marker = L.marker([r.lat, r.lon], {
        icon: L.divIcon({className: 'ev-dot q' + (r.quad || 0), iconSize: [12, 12]}),
        title: (r.place || '') + ' \u2014 ' + r.event,
        keyboard: false
      });
      marker.bindPopup(function () { return eventPopup(r); });
      marker.on('add', function () {
        var el = marker.getElement();
        if (el) { el.setAttribute('data-lat', r.lat); el.setAttribute('data-lon', r.lon); el.setAttribute('data-event', r.event); }
      });
      cluster.addLayer(marker);
      bounds.push([r.lat, r.lon]);
    });
    map.addLayer(cluster);
    if (bounds.length) { map.fitBounds(bounds, {padding: [30, 30], maxZoom: 6}); }
    return map;
  }

  /**
   * Incidents as markers of their own on a map: a ring at the incident's best place, above the
   * events and never clustered with them; clicking one opens its page with the attribution board.
   */
  function incidentMarkers(map, incidents) {
    var layer = L.layerGroup();
    incidents.forEach(function (i) {
      if (i.lat === null || i.lat === undefined || i.lon === null || i.lon === undefined) { return; }
      var marker = L.marker([i.lat, i.lon], {
        icon: L.divIcon({className: 'inc-mark', iconSize: [22, 22]}),
        title: 'Incident #' + i.id + ': ' + (i.label || i.event) + (i.place ? ' \u2014 ' + i.place : ''),
        zIndexOffset: 1000,
        keyboard: false
      });
      marker.on('click', function () { location.hash = '#/incident/' + i.id; });
      marker.on('add', function () {
        var el = marker.getElement();
        if (el) { el.setAttribute('data-incident', i.id); el.setAttribute('data-lat', i.lat); el.setAttribute('data-lon', i.lon); }
      });
      layer.addLayer(marker);
    });
    layer.addTo(map);
    return layer;
  }

  function eventPopup(r) {
    return h('div', null,
      h('div', null, h('span', {'class': 'type'}, r.event), r.place || ''),
      h('div', {'class': 'muted'}, r.day || ''),
      h('div', null, h('q', null, r.sentence || r.trigger || '')),
      r.incident ? h('div', null, link('#/incident/' + r.incident, 'Incident #' + r.incident)) : null,
      h('div', null, outside(r.url, r.title || r.url)));
  }

  // ---- timeline --------------------------------------------------------------------------------

  var DAY = 86400000;
  function dayMs(s) { return Date.parse(s + 'T00:00:00Z'); }
  function isoDay(ms) { return new Date(ms).toISOString().substring(0, 10); }

  /**
   * A histogram of events per day (binned when the range is long); with onBrush, dragging across
   * it selects a range of days and calls onBrush(from, to); a click without a drag clears it.
   */
  function timeline(container, days, selected, onBrush) {
    var W = 800, H = 120, PAD = 18;
    var svgNS = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(svgNS, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('preserveAspectRatio', 'none');
    container.appendChild(svg);
    if (!days.length) {
      var t = document.createElementNS(svgNS, 'text');
      t.setAttribute('x', 10); t.setAttribute('y', 20); t.textContent = 'No events to show.';
      svg.appendChild(t);
      return;
    }
    var lo = dayMs(days[0].day), hi = dayMs(days[days.length - 1].day);
    var span = Math.max(1, Math.round((hi - lo) / DAY) + 1);
    var binDays = Math.max(1, Math.ceil(span / 120));
    lo = lo - DAY * binDays; // a margin either side, so a lone day is not on the edge
    hi = hi + DAY * binDays;
    var nBins = Math.ceil((Math.round((hi - lo) / DAY) + 1) / binDays);
    var bins = new Array(nBins).fill(0);
    days.forEach(function (d) { bins[Math.floor(Math.round((dayMs(d.day) - lo) / DAY) / binDays)] += d.count; });
    var max = Math.max.apply(null, bins);
    var bw = (W - 2 * PAD) / nBins;
    function x(ms) { return PAD + (ms - lo) / DAY / binDays * bw; }
    function msAt(px) { return lo + Math.floor((px - PAD) / bw) * binDays * DAY; }
    var selLo = selected.from ? dayMs(selected.from) : null, selHi = selected.to ? dayMs(selected.to) : null;
    bins.forEach(function (n, i) {
      if (!n) { return; }
      var start = lo + i * binDays * DAY, end = start + (binDays - 1) * DAY;
      var r = document.createElementNS(svgNS, 'rect');
      var bh = Math.max(2, (H - 2 * PAD) * n / max);
      r.setAttribute('x', PAD + i * bw + 0.5); r.setAttribute('width', Math.max(1, bw - 1));
      r.setAttribute('y', H - PAD - bh); r.setAttribute('height', bh);
      var inside = (selLo === null || end >= selLo) && (selHi === null || start <= selHi);
      r.setAttribute('class', 'bar' + ((selLo !== null || selHi !== null) && inside ? ' in' : ''));
      r.setAttribute('data-day', isoDay(start));
      var title = document.createElementNS(svgNS, 'title');
      title.textContent = isoDay(start) + (binDays > 1 ? ' \u2013 ' + isoDay(end) : '') + ': ' + n + ' events';
      r.appendChild(title);
      svg.appendChild(r);
    });
    [[lo + binDays * DAY, 'start'], [hi - binDays * DAY, 'end']].forEach(function (a) {
      var t = document.createElementNS(svgNS, 'text');
      t.setAttribute('x', a[1] === 'start' ? PAD : W - PAD); t.setAttribute('y', H - 4);
      t.setAttribute('text-anchor', a[1]); t.textContent = isoDay(a[0]);
      svg.appendChild(t);
    });
    var brush = document.createElementNS(svgNS, 'rect');
    brush.setAttribute('class', 'brush'); brush.setAttribute('y', 2); brush.setAttribute('height', H - PAD - 2);
    brush.setAttribute('width', 0);
    svg.appendChild(brush);
    if (selLo !== null || selHi !== null) {
      var bx0 = x(selLo === null ? lo : selLo), bx1 = x((selHi === null ? hi : selHi) + DAY);
      brush.setAttribute('x', Math.max(PAD, bx0)); brush.setAttribute('width', Math.max(1, Math.min(W - PAD, bx1) - Math.max(PAD, bx0)));
    }
    if (!onBrush) { return; }
    var startPx = null;
    function px(e) { var b = svg.getBoundingClientRect(); return (e.clientX - b.left) / b.width * W; }
    svg.addEventListener('mousedown', function (e) { startPx = px(e); e.preventDefault(); });
    svg.addEventListener('mousemove', function (e) {
      if (startPx === null) { return; }
      var now = px(e);
      brush.setAttribute('x', Math.min(startPx, now)); brush.setAttribute('width', Math.abs(now - startPx));
    });
    window.addEventListener('mouseup', function up(e) {
      if (startPx === null) { return; }
      var endPx = px(e);
      var a = Math.min(startPx, endPx), b = Math.max(startPx, endPx);
      startPx = null;
      window.removeEventListener('mouseup', up);
      if (b - a < 3) { onBrush(null, null); return; }
      var from = msAt(Math.max(PAD, a)), to = msAt(Math.min(W - PAD - 0.01, b)) + (binDays - 1) * DAY;
      onBrush(isoDay(from), isoDay(to));
    });
  }

  // ---- lists -----------------------------------------------------------------------------------

  function participants(list) {
    return (list || []).map(function (p) { return p.name + (p.country ? ' (' + p.country + ')' : ''); }).join(', ') || '?';
  }

  function eventItem(r) {
    return h('li', {'class': 'event', 'data-day': r.day},
      h('span', {'class': 'type'}, r.event + (r.mode ? '/' + r.mode : '')),
      h('span', {'class': 'muted'}, r.day + ' '),
      participants(r.actors), ' \u2192 ', participants(r.recipients), r.place ? ' @ ' + r.place : '',
      h('div', null, h('q', null, r.sentence || '')),
      h('div', {'class': 'muted'},
        r.incident ? [link('#/incident/' + r.incident, 'incident #' + r.incident), ' \u00b7 '] : null,
        r.outlet ? [link('#/source/' + enc(r.outlet), r.outlet), ' \u00b7 '] : null, outside(r.url, r.title || r.key)));
  }

  function incidentItem(i) {
    return h('li', {'class': 'incident', 'data-id': i.id, 'data-date': i.date || i.dateFrom || ''},
      h('span', {'class': 'type'}, i.event),
      link('#/incident/' + i.id, i.label || ('incident #' + i.id)),
      h('div', {'class': 'muted'}, (i.place || '?') + ' \u00b7 ' + (i.date || i.dateFrom || '') + ' \u00b7 '
        + i.articles + ' article(s), ' + i.sources + ' source(s)'));
  }

  function articleItem(a) {
    return h('li', {'class': 'article'},
      link('#/article/' + a.id, a.title || a.key),
      h('div', {'class': 'muted'}, (a.outlet || 'unknown outlet') + ' \u00b7 ' + (a.published || a.seen || ''),
        a.url ? [' \u00b7 ', outside(a.url, 'original')] : null));
  }

  function claimItem(c, keyToId) {
    var articleId = c.articleId || (keyToId && keyToId[c.key]);
    return h('li', {'class': 'claim' + (c.against ? ' against' : '')},
      badge(c.certainty), ' ',
      c.against ? h('b', null, 'against ') : null,
      h('b', null, c.claimant || 'unnamed'), ' ', h('span', {'class': 'muted'}, (c.type || '') + ' '),
      c.attributedTo ? ['\u2192 ', link('#/actor/' + enc(c.attributedTo), c.attributedTo), ' '] : null,
      h('div', null, c.cue ? h('span', {'class': 'muted'}, c.cue + ': ') : null, h('q', null, c.content || '')),
      h('div', {'class': 'muted'}, c.outlet ? [c.outlet, ' \u00b7 '] : null, c.published || c.seen || '', ' \u00b7 ',
        articleId ? link('#/article/' + articleId, c.title || 'article') : outside(c.url, c.title || c.key)));
  }

  /** A paged list: fetches path, shows items with render, and a "More" button while there is a next page. */
  function pagedList(container, path, render) {
    var ul = h('ul', {'class': 'list'});
    var more = h('button', {'class': 'more', type: 'button'}, 'More');
    container.appendChild(ul);
    function load(cursor) {
      more.remove();
      // No empty parameter on the first page: the API refuses names it does not know, "" among them.
      api(cursor ? path + (path.indexOf('?') < 0 ? '?' : '&') + 'cursor=' + enc(cursor) : path).then(function (page) {
        page.items.forEach(function (it) { ul.appendChild(render(it)); });
        if (!page.items.length && !cursor) { ul.appendChild(h('li', {'class': 'muted'}, 'Nothing here.')); }
        if (page.next) {
          more.onclick = function () { load(page.next); };
          container.appendChild(more);
        }
      }).catch(fail);
    }
    load(null);
  }

  function fail(e) {
    if (e instanceof NeedsToken) { askToken(e.message); return; }
    view.appendChild(h('p', {'class': 'error'}, 'Could not load: ' + e.message));
  }

  // ---- views -----------------------------------------------------------------------------------

  function home() {
    var f = filters();
    var mapBox = h('div', {'class': 'map', id: 'map'});
    var tl = h('div', {'class': 'timeline panel', id: 'timeline'});
    var counts = h('div', {'class': 'counts', id: 'counts'}, 'Loading\u2026');
    var incidents = h('ul', {'class': 'list', id: 'incident-list'});
    var events = h('ul', {'class': 'list', id: 'event-list'});
    append(view, h('div', {'class': 'grid'},
      h('div', null, mapBox,
        h('p', {'class': 'legend-map muted'}, h('span', null, h('i', {'class': 'ev-dot'}), 'event'),
          h('span', null, h('i', {'class': 'inc-mark'}), 'incident (click for its board)')),
        h('h2', null, 'Timeline ', h('span', {'class': 'help muted'}, '(drag across the bars to select days; click to clear)')), tl),
      h('div', null, counts,
        h('div', {'class': 'panel'}, h('h2', null, 'Incidents'), incidents),
        h('div', {'class': 'panel'}, h('h2', null, 'Events'), events))));
    var noDates = Object.assign({}, f); delete noDates.from; delete noDates.to;
    api('events/days?' + query(noDates)).then(function (d) {
      timeline(tl, d.days, f, function (from, to) {
        var next = Object.assign({}, filters());
        if (from) { next.from = from; next.to = to; } else { delete next.from; delete next.to; }
        setFilters(next);
      });
    }).catch(fail);
    api('events?' + query(f, {limit: 1000})).then(function (page) {
      var map = eventMap(mapBox, page.items);
      page.items.slice(0, 100).forEach(function (r) { events.appendChild(eventItem(r)); });
      if (!page.items.length) { events.appendChild(h('li', {'class': 'muted'}, 'No events match.')); }
      api('incidents?' + query({type: f.type, country: f.country, from: f.from, to: f.to}, {limit: 200})).then(function (ip) {
        ip.items.forEach(function (i) { incidents.appendChild(incidentItem(i)); });
        incidentMarkers(map, ip.items);
        if (!ip.items.length) { incidents.appendChild(h('li', {'class': 'muted'}, 'No incidents match.')); }
        clear(counts);
        append(counts, [h('b', {id: 'event-count'}, page.items.length + (page.next ? '+' : '')), ' events \u00b7 ',
          h('b', {id: 'incident-count'}, ip.items.length + (ip.next ? '+' : '')), ' incidents',
          f.from || f.to ? h('span', {'class': 'muted'}, ' \u00b7 ' + (f.from || '\u2026') + ' to ' + (f.to || '\u2026')) : null]);
      }).catch(fail);
    }).catch(fail);
  }

  function incidentPage(id) {
    api('incidents/' + enc(id)).then(function (d) {
      var i = d.incident;
      var keyToId = {};
      d.articles.forEach(function (g) {
        keyToId[g.article.key] = g.article.id;
        g.copies.forEach(function (c) { keyToId[c.key] = c.id; });
      });
      var mapBox = h('div', {'class': 'map', id: 'map'});
      var board = h('ol', {'class': 'board', id: 'board'});
      d.board.candidates.forEach(function (c) {
        var claims = h('ul', {'class': 'claims'});
        c.claims.forEach(function (e) { claims.appendChild(claimItem(e, keyToId)); });
        board.appendChild(h('li', {'class': 'candidate', 'data-name': c.name, 'data-verdict': c.verdict},
          h('div', {'class': 'candidate-head'}, h('span', {'class': 'name'}, link('#/actor/' + enc(c.name), c.name)), ' ',
            h('span', {'class': 'muted'}, '[' + (c.country || '?') + ' ' + (c.sector || '?') + '] '), badge(c.verdict),
            h('span', {'class': 'muted'}, ' support ' + c.support.toFixed(2) + '; ' + c.claimants + ' claimant(s), '
              + c.sources + ' source(s)')),
          claims));
      });
      if (!d.board.candidates.length) { board.appendChild(h('li', {'class': 'muted'}, 'No claims name a perpetrator.')); }
      var articles = h('ul', {'class': 'list', id: 'incident-articles'});
      d.articles.forEach(function (g) {
        var li = articleItem(g.article);
        if (g.copies.length) {
          li.appendChild(h('div', {'class': 'copies'}, 'Copies: ',
            g.copies.map(function (c, n) { return [n ? ', ' : '', link('#/article/' + c.id, c.outlet || c.title || c.key)]; })));
        }
        articles.appendChild(li);
      });
      var events = h('ul', {'class': 'list'});
      d.events.forEach(function (r) { events.appendChild(eventItem(r)); });
      append(view, [
        h('h1', null, h('span', {'class': 'type'}, i.event), i.label || ('Incident #' + i.id)),
        h('p', {'class': 'muted'}, (i.place || '?') + (i.country ? ' (' + i.country + ')' : '') + ' \u00b7 '
          + (i.date || ((i.dateFrom || '?') + ' to ' + (i.dateTo || '?'))) + ' \u00b7 first seen ' + (i.firstSeen || '?')
          + ' \u00b7 ' + i.events + ' event(s), ' + i.articles + ' article(s), ' + i.sources + ' independent source(s)'),
        h('div', {'class': 'grid'},
          h('div', {'class': 'panel'}, h('h2', null, 'Attribution board'),
            h('p', {'class': 'muted'}, 'Who did it? Candidates best supported first; each claim with its claimant, certainty and source.'),
            board),
          h('div', null, mapBox, h('div', {'class': 'panel'}, h('h2', null, 'Articles'), articles))),
        h('div', {'class': 'panel'}, h('h2', null, 'Events'), events)]);
      incidentMarkers(eventMap(mapBox, d.events), [i]);
    }).catch(fail);
  }

  /** The article text with every span of the analysis marked, as segments between span boundaries. */
  function markedText(a) {
    var text = a.text || '';
    var spans = [];
    function add(start, end, cls, attr, id) {
      if (typeof start !== 'number' || typeof end !== 'number' || end <= start || start < 0 || end > text.length) { return; }
      spans.push({start: start, end: end, cls: cls, attr: attr, id: id});
    }
    (a.actors || []).forEach(function (x) { (x.mentions || []).forEach(function (m) { add(m.start, m.end, 'hl-actor', 'actor', x.id); }); });
    (a.places || []).forEach(function (p) {
      var ms = p.mentions && p.mentions.length ? p.mentions : [{start: p.start, end: p.end}];
      ms.forEach(function (m) { add(m.start, m.end, 'hl-place', 'place', p.id); });
    });
    (a.events || []).forEach(function (e) { if (e.trigger) { add(e.trigger.start, e.trigger.end, 'hl-event', 'event', e.id); } });
    (a.claims || []).forEach(function (c) {
      if (c.content) { add(c.content.start, c.content.end, 'hl-claim', 'claim', c.id); }
      if (c.cue) { add(c.cue.start, c.cue.end, 'hl-cue', 'claim', c.id); }
      if (c.source && typeof c.source.start === 'number') { add(c.source.start, c.source.end, 'hl-source', 'claim', c.id); }
    });
    var cuts = {0: true};
    cuts[text.length] = true;
    spans.forEach(function (s) { cuts[s.start] = true; cuts[s.end] = true; });
    var points = Object.keys(cuts).map(Number).sort(function (x, y) { return x - y; });
    var box = h('div', {'class': 'article-text', id: 'article-text'});
    for (var k = 0; k + 1 < points.length; k++) {
      var s0 = points[k], s1 = points[k + 1];
      var piece = text.substring(s0, s1);
      var covering = spans.filter(function (s) { return s.start <= s0 && s.end >= s1; });
      if (!covering.length) { box.appendChild(document.createTextNode(piece)); continue; }
      var classes = {}, data = {};
      covering.forEach(function (s) {
        classes[s.cls] = true;
        (data[s.attr] = data[s.attr] || []).push(s.id);
      });
      var el = h('span', {'class': Object.keys(classes).join(' ')}, piece);
      Object.keys(data).forEach(function (k2) { el.setAttribute('data-' + k2, ' ' + data[k2].join(' ') + ' '); });
      box.appendChild(el);
    }
    return box;
  }

  /** Lights every mark of item id of kind attr (claim, actor, …) in the text and the side lists. */
  function light(attr, id) {
    document.querySelectorAll('.lit').forEach(function (el) { el.classList.remove('lit'); });
    if (!id) { return; }
    document.querySelectorAll('[data-' + attr + ']').forEach(function (el) {
      if (el.getAttribute('data-' + attr).indexOf(' ' + id + ' ') >= 0) { el.classList.add('lit'); }
    });
  }

  function articlePage(id) {
    api('articles/' + enc(id)).then(function (d) {
      var a = d.analysis, art = d.article;
      var actors = {};
      (a.actors || []).forEach(function (x) { actors[x.id] = x; });
      var places = {};
      (a.places || []).forEach(function (p) { places[p.id] = p; });
      var text = markedText(a);
      text.addEventListener('click', function (e) {
        var el = e.target.closest('span');
        if (!el) { light(null, null); return; }
        var claim = (el.getAttribute('data-claim') || '').trim().split(' ')[0];
        var actor = (el.getAttribute('data-actor') || '').trim().split(' ')[0];
        if (claim) { light('claim', claim); } else if (actor) { light('actor', actor); } else { light(null, null); }
      });
      var claims = h('ul', {'class': 'list side', id: 'article-claims'});
      (a.claims || []).forEach(function (c) {
        var speaker = c.source && c.source.actor && actors[c.source.actor] ? actors[c.source.actor].name
          : (c.source && typeof c.source.start === 'number' ? a.text.substring(c.source.start, c.source.end) : 'unnamed');
        var target = c.attributedTo && actors[c.attributedTo] ? actors[c.attributedTo].name : null;
        var incident = c.event && d.incidents[c.event];
        claims.appendChild(h('li', {'class': 'claim', 'data-claim': ' ' + c.id + ' ',
          onclick: function () { light('claim', c.id); }},
          badge(c.certainty), ' ', h('b', null, speaker), ' ', h('span', {'class': 'muted'}, c.type || ''),
          target ? [' \u2192 ', link('#/actor/' + enc(target), target)] : null,
          c.content ? h('div', null, h('q', null, a.text.substring(c.content.start, c.content.end))) : null,
          incident ? h('div', {'class': 'muted'}, link('#/incident/' + incident, 'incident #' + incident)) : null));
      });
      var events = h('ul', {'class': 'list side'});
      (a.events || []).forEach(function (e) {
        var incident = d.incidents[e.id];
        events.appendChild(h('li', {'data-event': ' ' + e.id + ' ', onclick: function () { light('event', e.id); }},
          h('span', {'class': 'type'}, e.event + (e.mode ? '/' + e.mode : '')),
          (e.actors || []).map(function (x) { return actors[x] ? actors[x].name : x; }).join(', ') || '?', ' \u2192 ',
          (e.recipients || []).map(function (x) { return actors[x] ? actors[x].name : x; }).join(', ') || '?',
          e.place && places[e.place] ? ' @ ' + places[e.place].name : '',
          e.modality && e.modality !== 'asserted' ? h('span', {'class': 'muted'}, ' (' + e.modality + ')') : null,
          e.negated ? h('span', {'class': 'muted'}, ' (negated)') : null,
          incident ? [' ', link('#/incident/' + incident, '#' + incident)] : null));
      });
      var actorList = h('ul', {'class': 'list side'});
      (a.actors || []).forEach(function (x) {
        actorList.appendChild(h('li', {'data-actor': ' ' + x.id + ' ', onclick: function () { light('actor', x.id); }},
          link('#/actor/' + enc(x.name), x.name), h('span', {'class': 'muted'}, ' ' + (x.country || '?') + ' ' + (x.sector || '?')
            + ' \u00b7 ' + (x.mentions || []).length + ' mention(s)')));
      });
      var placeList = h('ul', {'class': 'list side'});
      (a.places || []).forEach(function (p) {
        placeList.appendChild(h('li', {'data-place': ' ' + p.id + ' ', onclick: function () { light('place', p.id); }},
          p.name, h('span', {'class': 'muted'}, ' ' + (p.country || '') + ' ' + (p.feature || ''))));
      });
      append(view, [
        h('h1', null, art.title || a.title || art.key),
        h('p', {'class': 'muted'}, art.outlet ? link('#/source/' + enc(art.outlet), art.outlet) : 'unknown outlet', ' \u00b7 ',
          art.published || 'no publication date', ' \u00b7 ', outside(art.url, art.url || art.key)),
        // What could not be analysed, and what was changed in the text to analyse it.
        (a.errors || []).length ? h('p', {'class': 'error', id: 'article-errors'}, 'Analysis incomplete: ',
          a.errors.join('; ')) : null,
        (a.notes || []).length ? h('p', {'class': 'muted', id: 'article-notes'}, 'Notes: ', a.notes.join('; ')) : null,
        h('p', {'class': 'legend'}, h('span', {'class': 'hl-claim'}, 'claim'), h('span', {'class': 'hl-cue'}, 'cue'),
          h('span', {'class': 'hl-source'}, 'claimant'), h('span', {'class': 'hl-actor'}, 'actor'),
          h('span', {'class': 'hl-place'}, 'place'), h('span', {'class': 'hl-event'}, 'event'),
          h('span', {'class': 'muted'}, 'Click a claim or an actor to light up its parts.')),
        h('div', {'class': 'grid'},
          h('div', {'class': 'panel'}, text),
          h('div', null,
            h('div', {'class': 'panel'}, h('h2', null, 'Claims'), claims),
            h('div', {'class': 'panel'}, h('h2', null, 'Events'), events),
            h('div', {'class': 'panel'}, h('h2', null, 'Actors'), actorList),
            h('div', {'class': 'panel'}, h('h2', null, 'Places'), placeList)))]);
    }).catch(fail);
  }

  function actorPage(name) {
    api('actors/' + enc(name)).then(function (d) {
      var s = d.summary;
      function list(items, render) {
        var ul = h('ul', {'class': 'list'});
        items.forEach(function (x) { ul.appendChild(render(x)); });
        if (!items.length) { ul.appendChild(h('li', {'class': 'muted'}, 'None.')); }
        return ul;
      }
      append(view, [
        h('h1', null, d.name),
        h('p', {'class': 'muted'}, s ? (s.country || '?') + ' ' + (s.detail || '?') + ' \u00b7 ' + s.count + ' event(s) as actor, '
          + s.other + ' as recipient \u00b7 ' + (s.first || '') + ' to ' + (s.last || '') : 'Named in claims only.'),
        h('div', {'class': 'grid'},
          h('div', null,
            h('div', {'class': 'panel'}, h('h2', null, 'Events as actor'), list(d.asActor, eventItem)),
            h('div', {'class': 'panel'}, h('h2', null, 'Events as recipient'), list(d.asRecipient, eventItem))),
          h('div', null,
            h('div', {'class': 'panel'}, h('h2', null, 'Claims made'), list(d.claimsMade, claimItem)),
            h('div', {'class': 'panel'}, h('h2', null, 'Claims about'), list(d.claimsAbout, claimItem))))]);
    }).catch(fail);
  }

  function sourcePage(name) {
    api('sources/' + enc(name)).then(function (d) {
      var s = d.summary;
      var cover = h('div', {'class': 'timeline panel'});
      var articles = h('ul', {'class': 'list'});
      d.articles.forEach(function (a) { articles.appendChild(articleItem(a)); });
      var claims = h('ul', {'class': 'list'});
      d.claims.forEach(function (c) { claims.appendChild(claimItem(c)); });
      append(view, [h('h1', null, s.name),
        h('p', {'class': 'muted'}, s.count + ' article(s) \u00b7 ' + (s.first || '') + ' to ' + (s.last || '')),
        h('h2', null, 'Coverage over time'), cover,
        h('div', {'class': 'grid'},
          h('div', {'class': 'panel'}, h('h2', null, 'Articles'), articles),
          h('div', {'class': 'panel'}, h('h2', null, 'Claims'), claims))]);
      timeline(cover, d.coverage, {}, null);
    }).catch(fail);
  }

  function searchPage(q) {
    document.getElementById('search-q').value = q;
    var f = filters();
    delete f.text;
    api('search?' + query(f, {q: q, limit: 50})).then(function (d) {
      var events = h('ul', {'class': 'list'});
      d.events.forEach(function (r) { events.appendChild(eventItem(r)); });
      var articles = h('ul', {'class': 'list'});
      d.articles.forEach(function (a) { articles.appendChild(articleItem(a)); });
      var actors = h('ul', {'class': 'list'});
      d.actors.forEach(function (s) { actors.appendChild(h('li', null, link('#/actor/' + enc(s.name), s.name))); });
      append(view, [h('h1', null, 'Search: ', h('q', null, d.q)),
        h('div', {'class': 'grid'},
          h('div', {'class': 'panel'}, h('h2', null, 'Events (' + d.events.length + ')'), events),
          h('div', null, h('div', {'class': 'panel'}, h('h2', null, 'Articles (' + d.articles.length + ')'), articles),
            h('div', {'class': 'panel'}, h('h2', null, 'Actors'), actors)))]);
    }).catch(fail);
  }

  function listPage(title, path, render) {
    var box = h('div', {'class': 'panel'});
    append(view, [h('h1', null, title), box]);
    pagedList(box, path, render);
  }

  function route() {
    maps.forEach(function (m) { m.remove(); });
    maps = [];
    clear(view);
    var r = parseHash();
    var f = filters();
    showFilters(f);
    var m;
    if (r.path === '/' || r.path === '') { home(); }
    else if ((m = r.path.match(/^\/incident\/(\d+)$/))) { incidentPage(m[1]); }
    else if ((m = r.path.match(/^\/article\/(\d+)$/))) { articlePage(m[1]); }
    else if ((m = r.path.match(/^\/actor\/(.+)$/))) { actorPage(decodeURIComponent(m[1])); }
    else if ((m = r.path.match(/^\/source\/(.+)$/))) { sourcePage(decodeURIComponent(m[1])); }
    else if (r.path === '/search') { searchPage(r.params.get('q') || ''); }
    else if (r.path === '/incidents') {
      listPage('Incidents', 'incidents?' + query({type: f.type, country: f.country, from: f.from, to: f.to}, {limit: 50}), incidentItem);
    }
    else if (r.path === '/articles') { listPage('Articles', 'articles?limit=50', articleItem); }
    else if (r.path === '/actors') {
      listPage('Actors', 'actors?limit=100', function (s) {
        return h('li', null, link('#/actor/' + enc(s.name), s.name), h('span', {'class': 'muted'}, ' ' + (s.country || '?') + ' '
          + (s.detail || '?') + ' \u00b7 ' + s.count + ' as actor, ' + s.other + ' as recipient'));
      });
    }
    else if (r.path === '/sources') {
      listPage('Sources', 'sources?limit=100', function (s) {
        return h('li', null, link('#/source/' + enc(s.name), s.name), h('span', {'class': 'muted'}, ' ' + s.count + ' article(s)'));
      });
    }
    else { view.appendChild(h('p', {'class': 'error'}, 'No such page.')); }
  }

  window.addEventListener('hashchange', route);
  showTokenState();
  route();
}());
