/* dknet map: wires the data blocks to vis-network, draws the base map, search, filters and tooltips.
 * Every string from the data is shown with textContent, never innerHTML. */
(function () {
  "use strict";

  function readJSON(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  var marks = { start: performance.now() };
  var nodesAll = readJSON("dk-nodes");
  var edgesAll = readJSON("dk-edges");
  var options = readJSON("dk-options");
  var data = readJSON("dk-data");
  var info = data.nodes;
  var einfo = data.edges;
  var colours = data.colours;
  var words = data.words || {};
  var edgeIndex = new Map(edgesAll.map(function (e, i) { return [e.id, i]; }));
  var has = Object.prototype.hasOwnProperty;
  marks.parsed = performance.now();

  /* ---- the CLI's name folding (dknet.names.skeleton), with its tables taken from Python ---- */
  var LETTERS = data.fold.letters;
  var COLLAPSE = data.fold.collapse;
  function skeleton(text) {
    var t = String(text).normalize("NFKC").toLowerCase();
    t = Array.from(t, function (ch) { return has.call(LETTERS, ch) ? LETTERS[ch] : ch; }).join("");
    t = t.normalize("NFKD").replace(/\p{M}/gu, "");
    t = t.replace(/[^a-z0-9]/g, "");
    COLLAPSE.forEach(function (pair) { t = t.split(pair[0]).join(pair[1]); });
    return t;
  }

  /* ---- filter state ---- */
  var state = {
    county: "",
    sf: "",
    classes: new Set(data.defaults.classes.map(String)),
    types: new Set(data.defaults.types),
    layers: new Set(data.defaults.layers),
    hits: null
  };

  function nodeVisible(id) {
    var e = info[id];
    if (!state.types.has(e.t)) return false;
    if (state.county && e.f.indexOf(state.county) < 0) return false;
    if (state.sf && e.s.indexOf(state.sf) < 0) return false;
    if (e.t === "kommune" && e.k !== undefined && e.k !== null && !state.classes.has(String(e.k))) return false;
    return true;
  }

  var hidden = new Set();
  function computeHidden() {
    hidden = new Set();
    nodesAll.forEach(function (n) { if (!nodeVisible(n.id)) hidden.add(n.id); });
  }
  function edgeVisible(e) {
    return state.layers.has(einfo[e.id].l) && !hidden.has(e.from) && !hidden.has(e.to);
  }
  function nodeOpacity(id) {
    return state.hits && !state.hits.has(id) ? 0.25 : 1;
  }

  /* The DataSets hold only what is visible: vis-network then sets up and draws only that (the map of
   * all Norway opens with about 400 of its 1 600 nodes and 75 of its 4 700 lines). */
  computeHidden();
  var nodes = new vis.DataSet(nodesAll.filter(function (n) { return !hidden.has(n.id); }).map(function (n) {
    return Object.assign({}, n, { opacity: 1 });
  }));
  function copy(item) { return Object.assign({}, item); }  /* the DataSets never hold the parsed objects */
  var edges = new vis.DataSet(edgesAll.filter(edgeVisible).map(copy));

  function applyFilters() {
    computeHidden();
    var edgesOut = [];
    var edgesIn = [];
    edgesAll.forEach(function (e) {
      var want = edgeVisible(e);
      var shown = edges.get(e.id) !== null;
      if (want && !shown) edgesIn.push(copy(e));
      else if (!want && shown) edgesOut.push(e.id);
    });
    var nodesOut = [];
    var nodesIn = [];
    var nodesChanged = [];
    nodesAll.forEach(function (n) {
      var want = !hidden.has(n.id);
      var current = nodes.get(n.id);
      var o = nodeOpacity(n.id);
      if (want && !current) nodesIn.push(Object.assign({}, n, { opacity: o }));
      else if (!want && current) nodesOut.push(n.id);
      else if (want && current.opacity !== o) nodesChanged.push({ id: n.id, opacity: o });
    });
    if (edgesOut.length) edges.remove(edgesOut);
    if (nodesOut.length) nodes.remove(nodesOut);
    if (nodesIn.length) nodes.add(nodesIn);
    if (nodesChanged.length) nodes.update(nodesChanged);
    if (edgesIn.length) edges.add(edgesIn);
    updateStatus();
    network.redraw();
  }
  marks.datasets = performance.now();

  /* ---- the base map, drawn under the network ---- */
  var geo = data.basemap;
  var muniPaths = [];
  var countyPaths = [];
  function toPath(rings) {
    var p = new Path2D();
    rings.forEach(function (r) {
      p.moveTo(r[0], r[1]);
      for (var i = 2; i < r.length; i += 2) p.lineTo(r[i], r[i + 1]);
      p.closePath();
    });
    return p;
  }
  function rgba(hex, alpha) {
    var v = parseInt(hex.slice(1), 16);
    return "rgba(" + ((v >> 16) & 255) + "," + ((v >> 8) & 255) + "," + (v & 255) + "," + alpha + ")";
  }
  if (geo) {
    geo.m.forEach(function (f) {
      var id = "kommune:" + f.k;
      var e = info[id];
      var fill = f.s ? colours.land : colours.context;
      if (f.s && e && e.fill) fill = rgba(e.fill, data.fillAlpha);
      muniPaths.push({ id: id, inScope: f.s === 1 && has.call(info, id), fill: fill, path: toPath(f.r) });
    });
    geo.c.forEach(function (f) { countyPaths.push(toPath(f.r)); });
  }
  function drawBasemap(ctx) {
    if (!geo) return;
    var scale = network.getScale();
    ctx.save();
    muniPaths.forEach(function (f) {
      ctx.fillStyle = f.inScope && hidden.has(f.id) ? colours.faded : f.fill;
      ctx.fill(f.path, "evenodd");
    });
    ctx.lineJoin = "round";
    ctx.strokeStyle = colours.municipality_line;
    ctx.lineWidth = 0.5 / scale;
    muniPaths.forEach(function (f) { ctx.stroke(f.path); });
    ctx.strokeStyle = colours.county_line;
    ctx.lineWidth = 1.1 / scale;
    countyPaths.forEach(function (p) { ctx.stroke(p); });
    ctx.restore();
  }

  /* ---- the network ---- */
  var container = document.getElementById("dk-map");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  network.on("beforeDrawing", drawBasemap);
  marks.network = performance.now();

  var api = {
    network: network,
    nodes: nodes,
    edges: edges,
    nodeCount: nodesAll.length,
    edgeCount: edgesAll.length,
    expected: data.counts,
    drawn: false,
    firstDrawMs: null,
    draws: 0,
    skeleton: skeleton,
    marks: marks
  };
  window.dknetMap = api;
  network.on("afterDrawing", function () {
    api.draws += 1;
    if (!api.drawn) {
      api.drawn = true;
      api.firstDrawMs = performance.now();
      marks.firstDraw = api.firstDrawMs;
      document.documentElement.setAttribute("data-drawn", "1");
    }
  });

  function visibleIds() {
    return nodes.getIds();
  }
  function fitVisible(only) {
    var ids = visibleIds();
    if (only && only.length) {
      var wanted = new Set(only);
      var core = ids.filter(function (id) { return wanted.has(id); });
      if (core.length) ids = core;
    }
    network.fit({ nodes: ids, animation: false });
    network.moveTo({ scale: network.getScale() * 0.93, animation: false });
  }

  /* ---- status line ---- */
  var status = document.getElementById("dk-status");
  function fmt(n) { return n.toLocaleString("nb-NO"); }
  function visibleCounts() {
    return { nodes: nodes.length, edges: edges.length };
  }
  function updateStatus() {
    status.textContent = "Viser " + fmt(nodes.length) + " av " + fmt(nodesAll.length) + " noder og " +
      fmt(edges.length) + " av " + fmt(edgesAll.length) + " linjer";
  }

  /* ---- tooltips and the info panel: DOM built from text ---- */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function rowsList(rows) {
    var dl = el("dl", "dk-rows");
    rows.forEach(function (r) {
      dl.appendChild(el("dt", null, r[0]));
      var dd = el("dd", null, r[1]);
      if (r[2] && words.ill) dd.appendChild(el("span", "dk-ill", words.ill));
      dl.appendChild(dd);
    });
    return dl;
  }
  function reasonsList(why) {
    var box = el("div", "dk-why");
    box.appendChild(el("strong", null, "Begrunnelse"));
    var ul = el("ul");
    why.forEach(function (w) { ul.appendChild(el("li", null, w)); });
    box.appendChild(ul);
    return box;
  }
  function nodeCard(id) {
    var e = info[id];
    var card = el("div", "dk-card");
    card.appendChild(el("h3", null, e.n));
    card.appendChild(el("p", "dk-sub", e.sub));
    if (e.why && e.why.length) card.appendChild(reasonsList(e.why));
    card.appendChild(rowsList(e.rows || []));
    return card;
  }
  function edgeCard(id) {
    var e = einfo[id];
    var edge = edgesAll[edgeIndex.get(id)];
    var card = el("div", "dk-card");
    card.appendChild(el("h3", null, info[edge.from].n + " → " + info[edge.to].n));
    card.appendChild(el("p", "dk-sub", e.r));
    if (e.d) card.appendChild(el("p", null, e.d));
    if (e.why && e.why.length) card.appendChild(reasonsList(e.why));
    if (e.i && words.illSource) card.appendChild(el("p", "dk-ill", words.illSource));
    return card;
  }
  var tip = document.getElementById("dk-tooltip");
  var infoPanel = document.getElementById("dk-info");
  function showTip(card, pointer) {
    tip.replaceChildren(card);
    tip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = Math.min(pointer.x + 14, box.width - tip.offsetWidth - 6);
    var y = Math.min(pointer.y + 14, box.height - tip.offsetHeight - 6);
    tip.style.left = Math.max(4, x) + "px";
    tip.style.top = Math.max(4, y) + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(nodeCard(p.node), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeCard(p.edge), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  function showInfo(card) { infoPanel.replaceChildren(card); }
  network.on("click", function (p) {
    if (p.nodes.length) showInfo(nodeCard(p.nodes[0]));
    else if (p.edges.length) showInfo(edgeCard(p.edges[0]));
  });

  /* ---- search ---- */
  var input = document.getElementById("dk-search");
  var resultsList = document.getElementById("dk-results");
  var TYPE_ORDER = { kommune: 0, fylke: 1, statsforvalter: 2, plankontor: 3, arena: 4, regionalplan: 5, plan: 6 };
  function findMatches(query) {
    var q = String(query).trim();
    if (!q) return [];
    var found = [];
    if (/^[0-9]+$/.test(q)) {
      Object.keys(info).forEach(function (id) {
        var e = info[id];
        if (e.t !== "kommune" && e.t !== "fylke") return;
        var rank = e.c === q || e.c === q.padStart(4, "0") ? 0 : (e.c.indexOf(q) === 0 ? 1 : -1);
        if (rank >= 0) found.push([rank, id]);
      });
    } else {
      var s = skeleton(q);
      var s2 = s.length > 7 && s.slice(-7) === "kommune" ? s.slice(0, -7) : s;
      if (!s) return [];
      Object.keys(info).forEach(function (id) {
        var keys = info[id].q;
        if (!keys) return;
        var rank = -1;
        keys.forEach(function (k) {
          var r = k === s || k === s2 ? 0 : (k.indexOf(s) === 0 || k.indexOf(s2) === 0 ? 1 : (s.length >= 3 && k.indexOf(s) > 0 ? 2 : -1));
          if (r >= 0 && (rank < 0 || r < rank)) rank = r;
        });
        if (rank >= 0) found.push([rank, id]);
      });
    }
    found.sort(function (a, b) {
      return a[0] - b[0] || TYPE_ORDER[info[a[1]].t] - TYPE_ORDER[info[b[1]].t] ||
        (info[a[1]].hit < info[b[1]].hit ? -1 : info[a[1]].hit > info[b[1]].hit ? 1 : 0);
    });
    return found.map(function (f) { return f[1]; });
  }
  function choose(id) {
    var e = info[id];
    if (hidden.has(id)) {
      /* the hit is filtered away: widen the filters just enough to show it */
      state.county = "";
      state.sf = "";
      state.types.add(e.t);
      if (e.k !== undefined && e.k !== null) state.classes.add(String(e.k));
      syncControls();
    }
    state.hits = new Set([id]);
    applyFilters();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale() * 4, 1.5), animation: false });
    showInfo(nodeCard(id));
  }
  function runSearch() {
    var ids = findMatches(input.value);
    resultsList.replaceChildren();
    ids.slice(0, 8).forEach(function (id) {
      var li = el("li");
      var b = el("button", "dk-hit", info[id].hit);
      b.type = "button";
      b.addEventListener("click", function () { choose(id); });
      li.appendChild(b);
      resultsList.appendChild(li);
    });
    if (input.value.trim() && !ids.length) resultsList.appendChild(el("li", "dk-none", "Ingen treff"));
    state.hits = ids.length ? new Set(ids) : null;
    applyFilters();
    return ids;
  }
  input.addEventListener("input", runSearch);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var ids = findMatches(input.value);
      if (ids.length) choose(ids[0]);
    } else if (ev.key === "Escape") {
      input.value = "";
      runSearch();
    }
  });

  /* ---- filter controls ---- */
  var countySelect = document.getElementById("dk-county");
  var sfSelect = document.getElementById("dk-sf");
  function boxes(name) { return Array.from(document.querySelectorAll('input[name="' + name + '"]')); }
  function syncControls() {
    if (countySelect) countySelect.value = state.county;
    if (sfSelect) sfSelect.value = state.sf;
    boxes("dk-class").forEach(function (b) { b.checked = state.classes.has(b.value); });
    boxes("dk-type").forEach(function (b) { b.checked = state.types.has(b.value); });
    boxes("dk-layer").forEach(function (b) { b.checked = state.layers.has(b.value); });
  }
  var LAYER_TYPES = { plankontor: "plankontor", arenaer: "arena", regionale_planer: "regionalplan", planer: "plan" };
  function readControls(ev) {
    state.county = countySelect ? countySelect.value : "";
    state.sf = sfSelect ? sfSelect.value : "";
    state.classes = new Set(boxes("dk-class").filter(function (b) { return b.checked; }).map(function (b) { return b.value; }));
    state.types = new Set(boxes("dk-type").filter(function (b) { return b.checked; }).map(function (b) { return b.value; }));
    state.layers = new Set(boxes("dk-layer").filter(function (b) { return b.checked; }).map(function (b) { return b.value; }));
    /* switching a layer on also shows the nodes its lines lead to */
    var t = ev && ev.target;
    if (t && t.name === "dk-layer" && t.checked && has.call(LAYER_TYPES, t.value)) {
      state.types.add(LAYER_TYPES[t.value]);
      syncControls();
    }
    applyFilters();
    if (ev && ev.target && (ev.target === countySelect || ev.target === sfSelect)) fitVisible();
  }
  [countySelect, sfSelect].forEach(function (s) { if (s) s.addEventListener("change", readControls); });
  boxes("dk-class").concat(boxes("dk-type"), boxes("dk-layer")).forEach(function (b) {
    b.addEventListener("change", readControls);
  });
  document.getElementById("dk-reset").addEventListener("click", function () {
    state.county = "";
    state.sf = "";
    state.classes = new Set(data.defaults.classes.map(String));
    state.types = new Set(data.defaults.types);
    state.layers = new Set(data.defaults.layers);
    state.hits = null;
    input.value = "";
    resultsList.replaceChildren();
    syncControls();
    applyFilters();
    fitVisible();
  });

  /* ---- for tests and scripts ---- */
  api.visibleCounts = visibleCounts;
  api.visibleIds = visibleIds;
  api.findMatches = findMatches;
  api.search = function (q) { input.value = q; return runSearch(); };
  api.choose = choose;
  api.state = function () {
    return {
      county: state.county,
      sf: state.sf,
      classes: Array.from(state.classes).sort(),
      types: Array.from(state.types).sort(),
      layers: Array.from(state.layers).sort(),
      hits: state.hits ? Array.from(state.hits) : null
    };
  };
  api.nodesInView = function () {
    var box = container.getBoundingClientRect();
    var pos = network.getPositions(visibleIds());
    return Object.keys(pos).filter(function (id) {
      var p = network.canvasToDOM(pos[id]);
      return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
    }).length;
  };

  syncControls();
  updateStatus();
  document.getElementById("dk-fit").addEventListener("click", function () { fitVisible(); });
  if (data.focus && nodes.get(data.focus)) network.selectNodes([data.focus]);
  fitVisible(data.fit);
})();
