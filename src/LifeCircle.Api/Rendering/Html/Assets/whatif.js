// LifeCircle Open Data dashboard: the "what if" panel. Proposed and closed facilities of the chosen category go to the
// coverage-what-if process, k best sites come from best-sites; both answers are shown as the API gives them (same origin only).
(function () {
  "use strict";
  var style = {
    // Small, so the blocks' colours stay readable around them; the layer switch hides them.
    existing: { radius: 4, color: "#0b3d91", weight: 1.5, fillOpacity: 0.9, className: "existing-site", bubblingMouseEvents: false },
    planned: { radius: 4, color: "#7a3ea1", weight: 1.5, fillOpacity: 0.15, dashArray: "3 2", className: "planned-site", bubblingMouseEvents: false },
    proposed: { radius: 7, color: "#00714d", fillColor: "#2bd99f", weight: 3, fillOpacity: 0.9, className: "proposed-site", bubblingMouseEvents: false },
    best: { radius: 8, color: "#b35806", fillColor: "#fdb863", weight: 3, fillOpacity: 0.9, className: "best-site", bubblingMouseEvents: false }
  };

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function text(el, s) { el.textContent = s; return el; }

  function make(tag, s, cls) { var e = document.createElement(tag); if (s !== undefined) e.textContent = s; if (cls) e.className = cls; return e; }

  function fixed(v, digits) { return v === null || v === undefined ? "–" : Number(v).toFixed(digits); }

  function signed(v, digits) { var s = fixed(v, digits); return v > 0 ? "+" + s : s; }

  function lonLat(p) { return p[0].toFixed(6) + ", " + p[1].toFixed(6); }

  // POSTs {"inputs": …} to a process; resolves with its JSON or rejects with the problem's detail.
  function execute(url, inputs) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ inputs: inputs })
    }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) throw new Error(j.detail || j.title || ("HTTP " + r.status));
        return j;
      });
    });
  }

  function init(section, mapEl) {
    var map = mapEl.lifecircleMap;
    var words = data("what-if-words") || {};
    var category = section.getAttribute("data-category");
    var maxAdded = Number(section.getAttribute("data-max-added"));
    var maxRemoved = Number(section.getAttribute("data-max-removed"));
    var chartData = data("chart-data") || { areas: [] };
    var areaNames = {};
    chartData.areas.forEach(function (a) { areaNames[a.id] = a.name; });
    var added = [], removed = {}, lastWhatIf = null;
    var sites = L.layerGroup().addTo(map), proposedLayer = L.layerGroup().addTo(map), bestLayer = L.layerGroup().addTo(map);
    if (mapEl.lifecircleLayers) mapEl.lifecircleLayers.addOverlay(sites, section.getAttribute("data-category-name") || category);
    var list = document.getElementById("what-if-changes");
    var empty = document.getElementById("what-if-empty");
    var status = document.getElementById("what-if-status");

    // The chosen category's facilities, existing and planned; a click supposes one closed (or reopens it).
    // The same choice by keyboard: a list of the category's facilities and a button.
    var planned = 0, markers = {};
    var picker = document.getElementById("what-if-facility");
    ((data("facilities") || { features: [] }).features).forEach(function (f) {
      if (f.properties.category !== category) return;
      var isPlanned = f.properties.status !== "existing";
      if (isPlanned) planned++;
      var marker = L.circleMarker(L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]), isPlanned ? style.planned : style.existing);
      var name = (document.documentElement.lang === "en" ? f.properties.name_en : f.properties.name_zh) || f.id;
      marker.bindTooltip(name + " (" + f.id + ")");
      marker.on("click", function () { toggleRemoved(f.id, name, marker); });
      marker.addTo(sites);
      markers[f.id] = { name: name, marker: marker };
      var option = make("option", name + " (" + f.id + ")");
      option.value = f.id;
      picker.appendChild(option);
    });
    document.getElementById("what-if-close").addEventListener("submit", function (e) {
      e.preventDefault();
      var m = markers[picker.value];
      if (m && !removed[picker.value]) toggleRemoved(picker.value, m.name, m.marker);
    });
    var k = document.getElementById("best-sites-k");
    k.value = String(Math.max(1, Math.min(Number(k.max), planned || 1)));

    function toggleRemoved(id, name, marker) {
      if (removed[id]) delete removed[id];
      else if (Object.keys(removed).length < maxRemoved) removed[id] = { name: name, marker: marker };
      var el = marker.getElement();
      if (el) el.classList.toggle("removed-site", !!removed[id]);
      marker.setStyle({ fillColor: removed[id] ? "#d7191c" : marker.options.color });
      render();
    }

    function add(point) {
      if (added.length >= maxAdded) return;
      var p = [Math.round(point[0] * 1e6) / 1e6, Math.round(point[1] * 1e6) / 1e6];
      var marker = L.circleMarker(L.latLng(p[1], p[0]), style.proposed).bindTooltip(words.proposed + ": " + lonLat(p)).addTo(proposedLayer);
      var item = { point: p, marker: marker };
      marker.on("click", function () { removeAdded(item); });
      added.push(item);
      render();
    }

    function removeAdded(item) {
      added = added.filter(function (a) { return a !== item; });
      proposedLayer.removeLayer(item.marker);
      render();
    }

    // The list of what is proposed and closed, each with a button to take it back.
    function render() {
      list.textContent = "";
      added.forEach(function (a) {
        var li = make("li", words.proposed + ": " + lonLat(a.point) + " ");
        var b = make("button", words.remove_item);
        b.type = "button"; b.setAttribute("aria-label", words.remove_item + " " + lonLat(a.point));
        b.addEventListener("click", function () { removeAdded(a); });
        li.appendChild(b); list.appendChild(li);
      });
      Object.keys(removed).forEach(function (id) {
        var li = make("li", words.removed + ": " + removed[id].name + " (" + id + ") ");
        var b = make("button", words.undo);
        b.type = "button"; b.setAttribute("aria-label", words.undo + " " + id);
        b.addEventListener("click", function () { toggleRemoved(id, removed[id].name, removed[id].marker); });
        li.appendChild(b); list.appendChild(li);
      });
      empty.hidden = added.length + Object.keys(removed).length > 0;
    }

    map.on("click", function (e) { add([e.latlng.lng, e.latlng.lat]); });

    document.getElementById("what-if-add").addEventListener("submit", function (e) {
      e.preventDefault();
      var input = document.getElementById("what-if-point");
      var parts = input.value.split(/[\s,，]+/).filter(Boolean).map(Number);
      if (parts.length !== 2 || !isFinite(parts[0]) || !isFinite(parts[1]) || Math.abs(parts[0]) > 180 || Math.abs(parts[1]) > 90) {
        text(status, words.bad_point);
        return;
      }
      add(parts);
      input.value = "";
    });

    // The rows of the chosen category in the scenario the dashboard shows, before → after and the change.
    function showWhatIf() {
      if (!lastWhatIf) return;
      var scenario = mapEl.getAttribute("data-scenario") || "existing";
      var table = document.getElementById("what-if-table");
      var body = table.tBodies[0];
      body.textContent = "";
      lastWhatIf.categories.filter(function (r) { return r.category === category && r.scenario === scenario; }).forEach(function (r) {
        var tr = make("tr");
        tr.setAttribute("data-area", r.area); tr.setAttribute("data-threshold", String(r.threshold));
        var th = make("th", areaNames[r.area] || r.area); th.scope = "row"; tr.appendChild(th);
        [String(r.threshold), fixed(r.residentsCoveredBefore, 0), fixed(r.residentsCovered, 0), signed(r.residentsCoveredChange, 0),
          fixed(r.elderlyCoveredBefore, 1), fixed(r.elderlyCovered, 1), signed(r.elderlyCoveredChange, 1)].forEach(function (v) { tr.appendChild(make("td", v, "num")); });
        body.appendChild(tr);
      });
      text(table.caption, words.computed_on + " " + lastWhatIf.datasetVersion + " · " + lastWhatIf.process + " · "
        + (scenario === "with-planned" ? words["with-planned"] : words.existing));
      document.getElementById("what-if-result").hidden = false;
    }

    document.getElementById("what-if-compute").addEventListener("click", function () {
      section.setAttribute("data-what-if", "computing");
      text(status, words.computing);
      execute(section.getAttribute("data-what-if-url"), {
        add: added.map(function (a) { return { point: a.point, category: category }; }),
        remove: Object.keys(removed),
        categories: [category]
      }).then(function (j) {
        lastWhatIf = j; showWhatIf(); text(status, "");
        section.setAttribute("data-what-if", "done");
      }, function (err) { text(status, err.message); section.setAttribute("data-what-if", "error"); });
    });

    // Best sites: k new sites for the category, drawn beside the planned ones, with both totals and the stated bound.
    document.getElementById("best-sites-form").addEventListener("submit", function (e) {
      e.preventDefault();
      var bs = document.getElementById("best-sites-status");
      section.setAttribute("data-best-sites", "computing");
      text(bs, words.computing);
      execute(section.getAttribute("data-best-sites-url"), {
        category: category, k: Number(k.value), threshold: Number(document.getElementById("best-sites-threshold").value),
        weight: section.getAttribute("data-population") === "elderly" ? "elderly" : "residents", keep: "existing"
      }).then(function (j) {
        showBestSites(j); text(bs, "");
        section.setAttribute("data-best-sites", "done");
      }, function (err) { text(bs, err.message); section.setAttribute("data-best-sites", "error"); });
    });

    function showBestSites(j) {
      var result = document.getElementById("best-sites-result");
      var values = {
        "chosen.before": fixed(j.chosen.before, 1), "planned.sites": String(j.planned.sites), "planned.after": fixed(j.planned.after, 1),
        "chosen.sites": String(j.chosen.sites), "chosen.after": fixed(j.chosen.after, 1), "k": String(j.k),
        "optimumAtMost": fixed(j.optimumAtMost, 1), "total": fixed(j.total, 1),
        "gainShareOfOptimumAtLeast": (j.gainShareOfOptimumAtLeast * 100).toFixed(1) + "%",
        "guarantee": j.solver === "exhaustive" ? words.guarantee_exact : words.guarantee_greedy
      };
      result.querySelectorAll("[data-field]").forEach(function (el) {
        var f = el.getAttribute("data-field");
        if (values[f] !== undefined) text(el, values[f]);
      });
      text(document.querySelector("#best-sites-totals caption"), words.computed_on + " " + j.datasetVersion + " · " + j.process
        + " · ≤ " + j.threshold + " min · " + j.weight + " · " + j.solver);
      var body = document.querySelector("#best-sites-list tbody");
      body.textContent = "";
      bestLayer.clearLayers();
      j.sites.forEach(function (s) {
        var tr = make("tr");
        [String(s.rank), lonLat(s.point), fixed(s.gain, 1), fixed(s.coveredAfter, 1)].forEach(function (v, i) { tr.appendChild(make(i === 0 ? "th" : "td", v, i > 1 ? "num" : "")); });
        tr.firstChild.scope = "row";
        body.appendChild(tr);
        L.circleMarker(L.latLng(s.point[1], s.point[0]), style.best).bindTooltip(words.best_site + " " + s.rank).addTo(bestLayer);
      });
      result.hidden = false;
    }

    render();
    section.hidden = false;
    section.setAttribute("data-ready", "true");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var section = document.getElementById("what-if");
    var mapEl = document.getElementById("access-map");
    if (section && mapEl && mapEl.lifecircleMap && window.L && window.fetch) init(section, mapEl);
  });
})();
