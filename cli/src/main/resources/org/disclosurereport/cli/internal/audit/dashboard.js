(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('data').textContent);
  var T = D.text, R = D.reports;
  // Members of a report array, by position (see AuditDashboard.writeData).
  var SRC = 0, ORGAN = 1, YEAR = 2, ED = 3, LEVEL = 4, KIND = 5, VERDICT = 6, ERR = 7, WARN = 8, INFO = 9,
      RULES = 10, TOP = 11, CELLS = 12, BROKEN = 13;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function verdictText(v) { return T['verdict' + v]; }

  document.title = T.title;
  document.getElementById('title').textContent = T.title;
  document.getElementById('subtitle').textContent = T.subtitle.replace('%d', R.length);

  // The shares of blank cells and of cells printed "/" (or another mark for nothing) of each
  // report, counted apart, in percent (-1 when unreadable), from its cells ('' and '/').
  var BLANKS = 14, MARKS = 15, allCells = 0, allBlank = 0, allMarked = 0;
  R.forEach(function (r) {
    if (!r[ED]) { r[BLANKS] = -1; r[MARKS] = -1; return; }
    var values = r[CELLS].split(','), blank = 0, marked = 0;
    for (var k = 0; k < values.length; k++) {
      if (values[k] === '') blank++; else if (values[k] === '/') marked++;
    }
    r[BLANKS] = Math.round(100 * blank / values.length);
    r[MARKS] = Math.round(100 * marked / values.length);
    allCells += values.length; allBlank += blank; allMarked += marked;
  });
  function percent(part, whole) { return whole ? (Math.round(1000 * part / whole) / 10) + '%' : '–'; }

  // Totals.
  var counts = [0, 0, 0], findings = [0, 0, 0];
  R.forEach(function (r) { counts[r[VERDICT]]++; findings[0] += r[ERR]; findings[1] += r[WARN]; findings[2] += r[INFO]; });
  [[T.reports, R.length], [T.verdict0, counts[0]], [T.verdict1, counts[1]], [T.verdict2, counts[2]],
   [T.errors, findings[0]], [T.warnings, findings[1]], [T.infos, findings[2]],
   [T.cellsBlank, percent(allBlank, allCells), 'cells-blank'],
   [T.cellsMarked, percent(allMarked, allCells), 'cells-marked']].forEach(function (c) {
    var card = el('div', 'card');
    if (c[2]) card.id = c[2]; card.appendChild(el('b', null, String(c[1]))); card.appendChild(el('span', null, c[0]));
    document.getElementById('totals').appendChild(card);
  });

  // Charts.
  var ruleCount = {};
  R.forEach(function (r) { if (r[RULES]) r[RULES].split(' ').forEach(function (id) { ruleCount[id] = (ruleCount[id] || 0) + 1; }); });
  var top = Object.keys(ruleCount).sort(function (a, b) { return ruleCount[b] - ruleCount[a] || (a < b ? -1 : 1); }).slice(0, 15).reverse();
  var charts = [];
  function chart(id, option) {
    var c = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    c.setOption(option);
    charts.push(c);
  }
  chart('chart-rules', {
    title: { text: T.chartRules, textStyle: { fontSize: 14 } },
    tooltip: { formatter: function (p) { return p.name + ': ' + p.value + '<br>' + (D.rules[p.name] || '').replace(/</g, '&lt;'); } },
    grid: { left: 80, right: 20, top: 40, bottom: 20 },
    xAxis: { type: 'value', name: T.reports }, yAxis: { type: 'category', data: top },
    series: [{ type: 'bar', data: top.map(function (id) { return ruleCount[id]; }) }]
  });
  function bySeverity(id, title, key, label) {
    var groups = {};
    R.forEach(function (r) {
      if (r[VERDICT] === 2) return;
      var k = label(r[key]);
      var g = groups[k] || (groups[k] = [0, 0, 0]);
      g[0] += r[ERR]; g[1] += r[WARN]; g[2] += r[INFO];
    });
    var keys = Object.keys(groups).sort();
    chart(id, {
      title: { text: title, textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' },
      legend: { top: 22, data: [T.errors, T.warnings, T.infos] },
      grid: { left: 50, right: 20, top: 60, bottom: 30 },
      xAxis: { type: 'category', data: keys }, yAxis: { type: 'value' },
      series: [T.errors, T.warnings, T.infos].map(function (name, i) {
        return { name: name, type: 'bar', stack: 's', data: keys.map(function (k) { return groups[k][i]; }) };
      })
    });
  }
  function orUnknown(v) { return v === '' || v === 0 ? T.unknown : String(v); }
  bySeverity('chart-edition', T.chartEdition, ED, orUnknown);
  bySeverity('chart-year', T.chartYear, YEAR, orUnknown);
  bySeverity('chart-level', T.chartLevel, LEVEL, function (v) { return v ? (T['level.' + v] || v) : T.unknown; });
  bySeverity('chart-kind', T.chartKind, KIND, function (v) { return v ? (T['kind.' + v] || v) : T.unknown; });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });

  // Organs whose carry-over from last year's report does not chain (rule DR-V401, with --previous-dir).
  document.getElementById('chain-title').textContent = T.chainTitle;
  var chainList = document.getElementById('chain-list'), chained = 0;
  R.forEach(function (r, i) {
    if ((' ' + r[RULES] + ' ').indexOf(' DR-V401 ') < 0) return;
    var li = el('li'), a = el('a', null, r[ORGAN] + ' ' + r[YEAR]);
    a.href = '#r' + i; li.appendChild(a); li.appendChild(el('span', null, ' ' + r[SRC]));
    chainList.appendChild(li); chained++;
  });
  if (!chained) chainList.appendChild(el('li', null, T.chainNone));

  // Governments beside the governments directly below them (DR-V407): both figures, from the
  // reports' own cells, for each government with its subordinate organs.
  document.getElementById('subordinates-title').textContent = T.subTitle;
  document.getElementById('subordinates-note').textContent = T.subNote;
  var subList = document.getElementById('subordinates-list');
  function figure(r, k) {
    if (!r[ED]) return null;
    var pos = D.editions[r[ED]].cells.indexOf(D.figures[k]);
    var v = pos < 0 ? '' : r[CELLS].split(',')[pos];
    return v === '' || v === '/' ? null : +v;
  }
  function shownFigure(v) { return v === null ? '—' : String(v); }
  (D.subordinates || []).forEach(function (s) {
    var p = R[s[0]], li = el('li', 'parent');
    li.setAttribute('data-report', s[0]);
    var a = el('a', null, p[ORGAN] + ' ' + p[YEAR]); a.href = '#r' + s[0]; li.appendChild(a);
    var labels = D.figureLabels[p[ED]] || D.figures;
    [0, 2].forEach(function (k) {
      var sum = null;
      s[1].forEach(function (c) { var v = figure(R[c], k); if (v !== null) sum = (sum || 0) + v; });
      var f = el('span', 'figure', labels[k] + ': ' + T.subOwn + ' ' + shownFigure(figure(p, k)) + ', '
        + T.subSum + ' ' + shownFigure(sum));
      f.setAttribute('data-own', shownFigure(figure(p, k)));
      f.setAttribute('data-children', shownFigure(sum));
      li.appendChild(f);
    });
    var ul = el('ul');
    s[1].forEach(function (c) {
      var child = el('li', 'child'), ca = el('a', null, R[c][ORGAN]);
      child.setAttribute('data-report', c);
      ca.href = '#r' + c; child.appendChild(ca);
      child.appendChild(el('span', null, ' ' + shownFigure(figure(R[c], 0)) + ' / ' + shownFigure(figure(R[c], 2))));
      ul.appendChild(child);
    });
    li.appendChild(ul);
    subList.appendChild(li);
  });
  if (!(D.subordinates || []).length) subList.appendChild(el('li', null, T.subNone));

  // The table of reports: sorted and filtered indexes, drawn only where in view.
  var COLS = [[T.colSource, SRC], [T.colOrgan, ORGAN], [T.colYear, YEAR], [T.colEdition, ED],
              [T.colVerdict, VERDICT], [T.colErrors, ERR], [T.colWarnings, WARN], [T.colBlanks, BLANKS],
              [T.colMarked, MARKS], [T.colTop, TOP]];
  var order = R.map(function (_, i) { return i; }), shown = order, sortKey = -1, sortDir = 1;
  var head = document.getElementById('head');
  COLS.forEach(function (c, i) {
    var h = el('span', null, c[0]);
    h.setAttribute('data-col', i);
    h.addEventListener('click', function () { sortDir = sortKey === i ? -sortDir : 1; sortKey = i; apply(); });
    head.appendChild(h);
  });
  var filter = document.getElementById('filter'), verdict = document.getElementById('verdict');
  filter.placeholder = T.filter;
  [['', T.all], ['0', T.verdict0], ['1', T.verdict1], ['2', T.verdict2]].forEach(function (o) {
    var opt = el('option', null, o[1]); opt.value = o[0]; verdict.appendChild(opt);
  });
  filter.addEventListener('input', apply);
  verdict.addEventListener('change', apply);
  var ROW = 28, viewport = document.getElementById('viewport'), rows = document.getElementById('rows');
  function apply() {
    var q = filter.value.trim().toLowerCase(), v = verdict.value;
    shown = order.filter(function (i) {
      var r = R[i];
      if (v !== '' && String(r[VERDICT]) !== v) return false;
      return !q || (r[SRC] + ' ' + r[ORGAN] + ' ' + r[YEAR] + ' ' + r[RULES]).toLowerCase().indexOf(q) >= 0;
    });
    if (sortKey >= 0) {
      var k = COLS[sortKey][1];
      shown.sort(function (a, b) {
        var x = k === TOP ? R[a][ERR] : R[a][k], y = k === TOP ? R[b][ERR] : R[b][k];
        return (x < y ? -1 : x > y ? 1 : a - b) * sortDir;
      });
    }
    document.getElementById('spacer').style.height = (shown.length * ROW) + 'px';
    document.getElementById('shown').textContent = T.shown.replace('%d', shown.length).replace('%d', R.length);
    draw();
  }
  function draw() {
    var first = Math.max(0, Math.floor(viewport.scrollTop / ROW) - 5);
    var last = Math.min(shown.length, first + Math.ceil(viewport.clientHeight / ROW) + 10);
    rows.style.top = (first * ROW) + 'px';
    rows.textContent = '';
    for (var n = first; n < last; n++) {
      var i = shown[n], r = R[i], row = el('div', 'row');
      row.setAttribute('data-report', i);
      var a = el('a', null, r[SRC]); a.href = '#r' + i; a.title = r[SRC];
      var s = el('span'); s.appendChild(a); row.appendChild(s);
      row.appendChild(el('span', null, r[ORGAN]));
      row.appendChild(el('span', null, r[YEAR] ? String(r[YEAR]) : ''));
      row.appendChild(el('span', null, r[ED]));
      row.appendChild(el('span', 'v' + r[VERDICT], verdictText(r[VERDICT])));
      row.appendChild(el('span', null, String(r[ERR])));
      row.appendChild(el('span', null, String(r[WARN])));
      row.appendChild(el('span', 'blanks', r[BLANKS] < 0 ? '' : r[BLANKS] + '%'));
      row.appendChild(el('span', 'marks', r[MARKS] < 0 ? '' : r[MARKS] + '%'));
      var t = el('span', null, r[TOP].map(function (f) { return f[0]; }).join(' '));
      t.title = r[TOP].map(function (f) { return f[0] + ' ' + f[2]; }).join('\n');
      row.appendChild(t);
      rows.appendChild(row);
    }
  }
  viewport.addEventListener('scroll', draw);

  // One report in the official layout, its values filled in and the cells findings point at marked.
  var cellIndex = {};
  Object.keys(D.editions).forEach(function (e) {
    var m = cellIndex[e] = {};
    D.editions[e].cells.forEach(function (c, i) { m[c] = i; });
  });
  function show() {
    var m = /^#r(\d+)$/.exec(location.hash), section = document.getElementById('report');
    if (!m || !R[+m[1]]) { section.hidden = true; return; }
    var r = R[+m[1]];
    section.hidden = false;
    document.getElementById('back').textContent = T.back;
    document.getElementById('report-source').textContent = r[SRC] + ' — ' + verdictText(r[VERDICT]);
    var list = el('ul');
    r[TOP].forEach(function (f) { list.appendChild(el('li', null, f[0] + ' ' + f[2])); });
    var fl = document.getElementById('report-findings'); fl.textContent = ''; fl.appendChild(list);
    var layout = document.getElementById('report-layout');
    if (!r[ED]) { layout.textContent = ''; return; }
    layout.innerHTML = D.editions[r[ED]].layout;
    var h1 = layout.querySelector('h1'); if (h1) h1.textContent = r[ORGAN] + ' ' + r[YEAR];
    var values = r[CELLS].split(','), idx = cellIndex[r[ED]], broken = {};
    r[BROKEN].forEach(function (i) { broken[i] = true; });
    layout.querySelectorAll('td[data-cell]').forEach(function (td) {
      var i = idx[td.getAttribute('data-cell')];
      if (i === undefined) return;
      td.textContent = values[i] || '';
      if (broken[i]) td.classList.add('broken');
    });
    section.scrollIntoView();
  }
  window.addEventListener('hashchange', show);
  document.getElementById('back').addEventListener('click', function (e) { e.preventDefault(); location.hash = ''; });
  apply();
  show();
  document.documentElement.setAttribute('data-ready', 'true');
  // Milliseconds from navigation to a usable page, read by benchmarks/dashboard-open-time.sh.
  document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
})();
