/* The page's script: it only enhances a page that works without it. It lets a file be dropped,
   makes every figure, detail and text of the shown report editable, re-checks the report through
   the API (POST /api/v1/validate) as one types, marks the cells the findings name, lists the
   findings by section, applies repair hints, and offers the findings as CSV. Its texts come from
   the page (data-texts), never from here. It keeps nothing: the report lives in this page only. */
(function () {
  'use strict';

  var body = document.body;
  var texts = JSON.parse(body.getAttribute('data-texts') || '{}');
  var lang = body.getAttribute('data-lang') || 'zh';

  // Fills the named {name} placeholders of a text with the members of args.
  function t(key, args) {
    return (texts[key] || key).replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, function (m, name) {
      return !args || args[name] === undefined ? m : String(args[name]);
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  /* ---- Dropping a file: put it into the form's file field and send the form. ---- */
  var form = document.getElementById('upload');
  var drop = document.getElementById('drop');
  var fileInput = document.getElementById('file');
  if (form && drop && fileInput) {
    ['dragenter', 'dragover'].forEach(function (type) {
      document.addEventListener(type, function (e) {
        e.preventDefault();
        drop.classList.add('over');
      });
    });
    document.addEventListener('dragleave', function (e) {
      if (e.target === drop || e.target === document.documentElement) { drop.classList.remove('over'); }
    });
    document.addEventListener('drop', function (e) {
      e.preventDefault();
      drop.classList.remove('over');
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length > 0) {
        fileInput.files = e.dataTransfer.files;
        drop.querySelector('span').textContent = t('dropped', { file: e.dataTransfer.files[0].name });
        form.submit();
      }
    });
    fileInput.addEventListener('change', function () {
      if (fileInput.files.length > 0) {
        drop.querySelector('span').textContent = t('dropped', { file: fileInput.files[0].name });
      }
    });
  }

  /* ---- The result: the report as corrected, re-checked as one types. ---- */
  var reportText = document.getElementById('report-json');
  var findingsText = document.getElementById('findings-json');
  var result = document.getElementById('result');
  var status = document.getElementById('status');
  var list = document.getElementById('findings-list');
  if (!reportText || !result) { return; }

  var report = JSON.parse(reportText.value);
  var blank = result.getAttribute('data-blank') || 'error';
  var edition = result.getAttribute('data-edition') || 'auto';
  var name = result.getAttribute('data-name') || 'report.json';
  var lastOutcome = null;
  var timer = null;
  var generation = 0;

  function cellTd(address) {
    return document.querySelector('td[data-cell="' + address.replace(/"/g, '') + '"]');
  }

  function cellId(address) { return 'cell-' + address.replace(/\//g, '-'); }

  /* The cell's value as the canonical JSON holds it, shown as the page shows figures. */
  function shown(value) {
    if (value === undefined || value === null) { return ''; }
    if (typeof value === 'object') { return value.value; }
    return String(value);
  }

  /* Sets a cell of the report from the text typed; false when the text is no figure. */
  function setCell(address, text, td) {
    var parts = address.split('/');
    var tables = report.tables || (report.tables = {});
    var table = tables[parts[0]] || (tables[parts[0]] = {});
    var row = table[parts[1]] || (table[parts[1]] = {});
    var clean = text.replace(/[\s,，]/g, '').replace(/^＋/, '+').replace(/^－/, '-');
    var kind = td ? td.getAttribute('data-kind') : null;
    if (clean === '') {
      delete row[parts[2]];
      return true;
    }
    if (kind === 'amount') {
      if (!/^[+-]?\d+(\.\d+)?$/.test(clean)) { return false; }
      var old = row[parts[2]];
      row[parts[2]] = { value: clean.replace(/^\+/, '') };
      if (old && typeof old === 'object' && old.unit) { row[parts[2]].unit = old.unit; }
      return true;
    }
    if (!/^[+-]?\d+$/.test(clean)) { return false; }
    row[parts[2]] = parseInt(clean, 10);
    return true;
  }

  function cellValue(address) {
    var parts = address.split('/');
    var table = (report.tables || {})[parts[0]] || {};
    return shown((table[parts[1]] || {})[parts[2]]);
  }

  function changed() {
    reportText.value = JSON.stringify(report, null, 2);
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(check, 250);
  }

  /* Every figure of the layout becomes editable in place. */
  Array.prototype.forEach.call(document.querySelectorAll('#report td[data-cell]'), function (td) {
    td.setAttribute('contenteditable', 'true');
    td.setAttribute('spellcheck', 'false');
    td.setAttribute('inputmode', 'decimal');
    td.addEventListener('input', function () {
      var address = td.getAttribute('data-cell');
      if (setCell(address, td.textContent, td)) {
        td.removeAttribute('aria-invalid');
        changed();
      } else {
        td.setAttribute('aria-invalid', 'true');
        td.classList.add('finding-error');
      }
    });
    td.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); td.blur(); }
    });
  });

  /* The details and the text blocks, edited in a panel built from the report itself. */
  var editor = document.getElementById('editor');
  function field(parent, label, value, multiline, set) {
    var id = 'edit-' + label.replace(/[^A-Za-z0-9]+/g, '-');
    var l = el('label', null, label);
    l.setAttribute('for', id);
    var input = el(multiline ? 'textarea' : 'input');
    input.id = id;
    input.value = value === undefined || value === null ? '' : String(value);
    input.addEventListener('input', function () { set(input.value); changed(); });
    parent.appendChild(l);
    parent.appendChild(input);
  }
  function narratives(node, path, out) {
    if (Array.isArray(node)) {
      if (node.length > 0 && node.every(function (b) { return b && typeof b === 'object' && 'body' in b; })) {
        out.push({ path: path, blocks: node });
      }
      return;
    }
    if (node && typeof node === 'object' && path.split('/').length < 4) {
      Object.keys(node).forEach(function (k) {
        if (k !== 'tables' && k !== 'metadata') { narratives(node[k], path + '/' + k, out); }
      });
    }
  }
  if (editor) {
    var meta = report.metadata || {};
    var fs = el('fieldset');
    fs.appendChild(el('legend', null, t('metadata')));
    Object.keys(meta).forEach(function (k) {
      var v = meta[k];
      if (v === null || typeof v === 'object') { return; }
      field(fs, 'metadata/' + k, v, false, function (s) {
        meta[k] = typeof v === 'number' && /^-?\d+$/.test(s.trim()) ? parseInt(s.trim(), 10) : s;
      });
    });
    editor.appendChild(fs);
    var found = [];
    narratives(report, '', found);
    var ns = el('fieldset');
    ns.appendChild(el('legend', null, t('narrative')));
    found.forEach(function (n) {
      n.blocks.forEach(function (block, i) {
        if ('heading' in block) {
          field(ns, n.path.substring(1) + '/' + i + '/heading', block.heading, false, function (s) { block.heading = s; });
        }
        field(ns, n.path.substring(1) + '/' + i + '/body', block.body, true, function (s) { block.body = s; });
      });
    });
    editor.appendChild(ns);
  }

  function check() {
    var mine = ++generation;
    status.textContent = t('checking');
    var url = '/api/v1/validate?lang=' + encodeURIComponent(lang) + '&blank=' + encodeURIComponent(blank)
      + '&name=' + encodeURIComponent(name);
    fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: reportText.value })
      .then(function (response) {
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      })
      .then(function (answer) {
        if (mine !== generation) { return; }
        if (answer.status === 200) {
          show(answer.json[0]);
        } else if (answer.json && answer.json.outcome) {
          show(answer.json.outcome[0]);
        } else {
          status.className = 'status invalid';
          status.textContent = t('failed', { reason: answer.json && answer.json.detail ? answer.json.detail : answer.status });
        }
      })
      .catch(function (e) {
        if (mine !== generation) { return; }
        status.className = 'status invalid';
        status.textContent = t('failed', { reason: e.message });
      });
  }

  function sectionHeading(key) {
    var h = key ? document.querySelector('#report section[id="' + key.replace(/"/g, '') + '"] > h2') : null;
    return h ? h.textContent : t('general');
  }

  function addressOf(f) {
    var l = f.location || {};
    return l.table && l.row && l.column ? l.table + '/' + l.row + '/' + l.column : null;
  }

  /* Shows an outcome of the API: the status line, the marked cells, the list by section. */
  function show(outcome) {
    lastOutcome = outcome;
    var counts = outcome.counts || {};
    if (!outcome.readable) {
      status.className = 'status invalid';
      status.textContent = t('unreadable', { file: name });
    } else if (outcome.valid) {
      status.className = 'status valid';
      status.textContent = t('valid', { file: name, warnings: counts.warning || 0 });
    } else {
      status.className = 'status invalid';
      status.textContent = t('invalid', { file: name, errors: counts.error || 0, warnings: counts.warning || 0 });
    }
    Array.prototype.forEach.call(document.querySelectorAll('#report td[data-cell]'), function (td) {
      if (td.getAttribute('aria-invalid') === 'true') { return; }
      td.classList.remove('finding-error', 'finding-warning');
      td.removeAttribute('title');
    });
    var titles = {};
    (outcome.findings || []).forEach(function (f) {
      var a = addressOf(f);
      var td = a && cellTd(a);
      if (!td || td.getAttribute('aria-invalid') === 'true') { return; }
      if (f.severity === 'ERROR') {
        td.classList.remove('finding-warning');
        td.classList.add('finding-error');
      } else if (!td.classList.contains('finding-error')) {
        td.classList.add('finding-warning');
      }
      titles[a] = (titles[a] ? titles[a] + '\n' : '') + f.ruleId + ' ' + f.message;
      td.setAttribute('title', titles[a]);
    });
    renderList(outcome.findings || []);
  }

  function renderList(findings) {
    list.textContent = '';
    if (findings.length === 0) {
      list.appendChild(el('p', 'none', t('none')));
      return;
    }
    var groups = {};
    var order = [];
    findings.forEach(function (f) {
      var key = (f.location && f.location.section) || '';
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(f);
    });
    order.forEach(function (key) {
      var section = el('section', 'finding-group');
      section.setAttribute('data-section', key);
      section.appendChild(el('h3', null, sectionHeading(key)));
      var ol = el('ol');
      groups[key].forEach(function (f) { ol.appendChild(item(f)); });
      section.appendChild(ol);
      list.appendChild(section);
    });
  }

  function item(f) {
    var severity = String(f.severity).toLowerCase();
    var li = el('li', 'finding ' + severity);
    li.setAttribute('data-rule', f.ruleId);
    var a = addressOf(f);
    if (a) { li.setAttribute('data-cell', a); }
    var head = el('div', 'finding-head');
    head.appendChild(el('span', 'badge ' + severity, t(severity)));
    head.appendChild(document.createTextNode(' '));
    head.appendChild(el('code', null, f.ruleId));
    if (f.location && f.location.labels) {
      head.appendChild(document.createTextNode(' '));
      if (a) {
        var link = el('a', 'goto', f.location.labels);
        link.href = '#' + cellId(a);
        head.appendChild(link);
      } else {
        head.appendChild(el('span', 'labels', f.location.labels));
      }
    }
    li.appendChild(head);
    li.appendChild(el('p', 'message', f.message));
    if (f.reported !== null || f.expected !== null) {
      var figures = el('p', 'figures');
      if (f.reported !== null) { figures.appendChild(el('span', null, t('reported', { value: f.reported }))); }
      if (f.expected !== null) { figures.appendChild(el('span', null, t('expected', { value: f.expected }))); }
      li.appendChild(figures);
    }
    (f.hints || []).forEach(function (h) {
      var p = el('p', 'hint');
      p.setAttribute('data-cell', h.cell);
      p.setAttribute('data-suggested', h.suggested);
      p.appendChild(el('span', null, h.message));
      var button = el('button', 'apply', t('apply'));
      button.type = 'button';
      button.title = t('applyTitle', { value: h.suggested });
      button.setAttribute('data-cell', h.cell);
      button.setAttribute('data-suggested', h.suggested);
      p.appendChild(button);
      li.appendChild(p);
    });
    return li;
  }

  function goTo(address) {
    var td = cellTd(address);
    if (!td) { return; }
    td.scrollIntoView({ block: 'center' });
    td.focus();
    td.classList.remove('flash');
    void td.offsetWidth;
    td.classList.add('flash');
  }

  list.addEventListener('click', function (e) {
    var button = e.target.closest('button.apply');
    if (button) {
      var address = button.getAttribute('data-cell');
      var td = cellTd(address);
      if (td && setCell(address, button.getAttribute('data-suggested'), td)) {
        td.textContent = cellValue(address);
        td.removeAttribute('aria-invalid');
        goTo(address);
        changed();
      }
      return;
    }
    var li = e.target.closest('li[data-cell]');
    if (li) {
      e.preventDefault();
      goTo(li.getAttribute('data-cell'));
    }
  });
  ['mouseover', 'mouseout'].forEach(function (type) {
    list.addEventListener(type, function (e) {
      var hint = e.target.closest('p.hint');
      if (!hint) { return; }
      var td = cellTd(hint.getAttribute('data-cell'));
      if (td) { td.classList.toggle('hint-target', type === 'mouseover'); }
    });
  });

  /* Findings as CSV, from the last answer of the API; and printing. */
  function csvField(v) {
    var s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  var csvButton = document.querySelector('button[data-download="findings-csv"]');
  if (csvButton) {
    csvButton.hidden = false;
    csvButton.addEventListener('click', function () {
      var rows = [t('csvHeader')];
      ((lastOutcome && lastOutcome.findings) || []).forEach(function (f) {
        var l = f.location || {};
        rows.push([f.ruleId, f.severity, l.section, l.table, l.row, l.column, l.labels, f.reported, f.expected, f.message]
          .map(csvField).join(','));
      });
      var blob = new Blob(['\ufeff' + rows.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
      var link = el('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'findings.csv';
      document.body.appendChild(link);
      link.click();
      setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    });
  }
  var printButton = document.querySelector('button[data-action="print"]');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', function () { window.print(); });
  }

  /* Switching language keeps the report as corrected: it is sent again, in the other language. */
  Array.prototype.forEach.call(document.querySelectorAll('nav.languages a'), function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      var to = a.id === 'lang-en' ? 'en' : 'zh';
      var f = el('form');
      f.method = 'post';
      f.enctype = 'multipart/form-data';
      f.action = '/?lang=' + to;
      f.hidden = true;
      [['lang', to], ['blank', blank], ['edition', edition], ['name', name]].forEach(function (p) {
        var input = el('input');
        input.type = 'hidden';
        input.name = p[0];
        input.value = p[1];
        f.appendChild(input);
      });
      var text = el('textarea');
      text.name = 'file';
      text.value = reportText.value;
      f.appendChild(text);
      document.body.appendChild(f);
      f.submit();
    });
  });

  if (findingsText) {
    try {
      var initial = JSON.parse(findingsText.value);
      if (initial && initial[0]) { show(initial[0]); }
    } catch (ignored) { /* the server's list stays */ }
  }
}());
