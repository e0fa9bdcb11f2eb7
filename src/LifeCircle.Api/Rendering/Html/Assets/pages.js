// LifeCircle Open Data pages: draws the maps and charts from JSON the page carries (no other request), after the text and tables are readable.
(function () {
  "use strict";
  var colours = { 5: "#1a9641", 10: "#a6d96a", 15: "#fdae61", beyond: "#d7191c" };

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function minutesColour(m) {
    if (m === null || m === undefined) return colours.beyond;
    return m <= 5 ? colours[5] : m <= 10 ? colours[10] : m <= 15 ? colours[15] : colours.beyond;
  }

  // The page's language, for the few words the maps write themselves.
  var chinese = (document.documentElement.lang || "").indexOf("zh") === 0;

  function newMap(el) {
    var map = L.map(el, { attributionControl: true, zoomSnap: 0.25, zoomControl: false });
    L.control.zoom({ zoomInTitle: chinese ? "放大" : "Zoom in", zoomOutTitle: chinese ? "缩小" : "Zoom out" }).addTo(map);
    var tiles = el.getAttribute("data-tiles");
    if (tiles) L.tileLayer(tiles, { attribution: el.getAttribute("data-tiles-attribution") || "", maxZoom: 19 }).addTo(map);
    return map;
  }

  function fit(map, bounds) {
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12], maxZoom: 17 });
    else map.setView([39.44, 106.87], 13);
  }

  // Whether a map or chart this many pixels wide is laid out for a phone.
  function narrow(width) { return width < 600; }

  // What a feature is called on the page's language, for its tooltip.
  function featureName(f) {
    var p = f.properties || {};
    return (chinese ? p.name_zh || p.name_en : p.name_en || p.name_zh) || (f.id !== undefined ? String(f.id) : "");
  }

  function minutesText(m) {
    return m === null || m === undefined ? (chinese ? "超过 30 分钟或不可达" : "beyond 30 min or unreachable") : m + (chinese ? " 分钟" : " min");
  }

  // The district's streets and community boundaries under a layer, so a dot or a square has surroundings (there is no basemap unless tiles are configured).
  // Read from this API's own layers of the same dataset version; drawn in a pane below the features, never interactive, so counts and clicks are the features'.
  function drawContext(map, el) {
    var base = el.getAttribute("data-context");
    if (!base || !window.fetch) return;
    var own = el.getAttribute("data-collection");
    map.createPane("context").style.zIndex = 350;
    function layer(collection, query, options) {
      if (collection === own) return;
      fetch(base + "/collections/" + collection + "/items?" + query + "&f=json", { headers: { Accept: "application/geo+json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (json) { if (json) L.geoJSON(json, options).addTo(map); })
        .catch(function () { /* the features are drawn already; the context is a help */ });
    }
    layer("streets", "limit=5000&properties=kind", { pane: "context", interactive: false, style: function () { return { color: "#9aa3b0", weight: 1.2 }; } });
    layer("areas", "limit=1000&properties=name_zh,name_en,kind", {
      pane: "context", interactive: false,
      filter: function (f) { return f.geometry && (f.properties.kind === "community" || f.properties.kind === "village"); },
      style: function () { return { color: "#5b6577", weight: 1.2, dashArray: "4 3", fill: false }; },
      onEachFeature: function (f, l) { l.bindTooltip(featureName(f), { permanent: true, direction: "center", className: "area-label" }); }
    });
    // Names only where they fit: from a neighbourhood's scale in.
    function labels() { el.classList.toggle("labels-off", map.getZoom() < 14); }
    map.on("zoomend", labels);
    labels();
  }

  // The features of an items page or a feature page: every one drawn, the count written on the element for readers and tests.
  // Access and gaps blocks are coloured as the dashboard colours them (minutes to the nearest existing facility; gaps the plans close).
  function featuresMap(el) {
    var geojson = data("features");
    var map = newMap(el);
    var colour = el.getAttribute("data-colour");
    var drawn = 0;
    function fill(f) {
      var p = f.properties || {};
      if (colour === "minutes") return minutesColour(p.minutes_existing);
      if (colour === "filled") return p.filled_by_planned ? "#2c7bb6" : colours.beyond;
      return "#0b5cad";
    }
    function tip(f) {
      var p = f.properties || {};
      if (colour === "minutes" || colour === "filled") {
        return (p.block || f.id) + ": " + minutesText(p.minutes_existing) + (colour === "filled" ? (chinese ? (p.filled_by_planned ? "（规划后达标）" : "（规划后仍未达标）") : (p.filled_by_planned ? " (closed by planned)" : " (still a gap with planned)")) : "");
      }
      var name = featureName(f);
      return name + (f.id !== undefined && name !== String(f.id) ? " · " + f.id : "");
    }
    var layer = L.geoJSON(geojson, {
      style: function (f) { return { color: colour ? "#555" : "#0b5cad", weight: colour ? 0.8 : 2, fillColor: fill(f), fillOpacity: colour ? 0.8 : 0.25 }; },
      pointToLayer: function (f, latlng) { return L.circleMarker(latlng, { radius: 7, color: "#0b3d91", weight: 2, fillColor: fill(f), fillOpacity: 0.85 }); },
      onEachFeature: function (f, l) { drawn++; l.bindTooltip(tip(f)); }
    }).addTo(map);
    // A feature's own page names it on the map, beside its dot or on its outline.
    if (drawn === 1) layer.eachLayer(function (l) { l.unbindTooltip().bindTooltip(tip(l.feature), { permanent: true, direction: "right", offset: [8, 0] }).openTooltip(); });
    // Blocks are polygons but a few villages far out are points: the map opens on the polygons, where the reader's blocks are, not on the whole district.
    var polygons = L.featureGroup(layer.getLayers().filter(function (l) { return !(l instanceof L.CircleMarker); }));
    var b = polygons.getLayers().length > 0 && polygons.getLayers().length < layer.getLayers().length ? polygons.getBounds() : layer.getBounds();
    // One point (a facility's page): its neighbourhood, a few hundred metres across, rather than the closest zoom on a lone dot.
    if (b.isValid() && b.getNorthEast().equals(b.getSouthWest())) map.setView(b.getCenter(), 16);
    else fit(map, b);
    drawContext(map, el);
    el.lifecircleMap = map;
    el.setAttribute("data-drawn", String(drawn));
  }

  // The dashboard's choropleth of walking minutes per block, with facility layers by theme.
  function accessMap(el) {
    var blocks = data("blocks");
    var map = newMap(el);
    var key = function () { return el.getAttribute("data-scenario") === "with-planned" ? "minutes_with_planned" : "minutes_existing"; };
    var layer = L.geoJSON(blocks, {
      style: function (f) {
        var fill = minutesColour(f.properties[key()]);
        // A few blocks (villages) are points: a small dot of the same colour, white-edged, never a marker image.
        return f.geometry.type === "Point" ? { radius: 5, color: "#fff", weight: 1.5, fillColor: fill, fillOpacity: 0.9 }
          : { color: "#555", weight: 0.6, fillColor: fill, fillOpacity: 0.75 };
      },
      pointToLayer: function (f, latlng) { return L.circleMarker(latlng); },
      onEachFeature: function (f, l) { l.bindTooltip(f.properties.block + ": " + (f.properties[key()] === null ? "> 15" : f.properties[key()]) + " min"); }
    }).addTo(map);
    // Open on the blocks drawn with their outlines (the urban area), where the colours can be read; blocks that are only points
    // (villages far outside it) would otherwise shrink every block to a few pixels. A button shows the whole district and back.
    var urban = L.latLngBounds([]), whole = layer.getBounds(), outside = 0;
    layer.eachLayer(function (l) { if (l.feature.geometry.type !== "Point") urban.extend(l.getBounds()); });
    if (urban.isValid()) layer.eachLayer(function (l) { if (l.getLatLng && !urban.contains(l.getLatLng())) outside++; });
    else urban = whole;
    fit(map, urban);
    if (outside > 0) {
      viewSwitch(el, map, urban, whole);
      var note = document.getElementById("map-view-note");
      if (note) note.hidden = false;
    }
    var facilities = data("facilities");
    var names = data("theme-names") || {};
    if (facilities) {
      var groups = {};
      facilities.features.forEach(function (f) {
        (f.properties.themes || []).forEach(function (t) {
          groups[t] = groups[t] || L.layerGroup();
          var planned = f.properties.status !== "existing";
          L.circleMarker(L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]), {
            radius: 4, color: planned ? "#7a3ea1" : "#0b3d91", weight: 1.5, fillOpacity: planned ? 0.2 : 0.8, dashArray: planned ? "2 2" : null
          }).bindTooltip((f.properties.name_zh || f.id) + (planned ? " (" + f.properties.status + ")" : "")).addTo(groups[t]);
        });
      });
      var overlays = {};
      Object.keys(groups).sort().forEach(function (t) { overlays[names[t] || t] = groups[t]; });
      // Open beside a wide map; on a phone, a button, or the list would cover the map. The what-if panel adds its layer to it.
      el.lifecircleLayers = L.control.layers(null, overlays, { collapsed: narrow(el.clientWidth) }).addTo(map);
    }
    el.lifecircleMap = map;
  }

  // A button on the map that fits it to the whole district, and back to the urban blocks; its words come from the map element.
  function viewSwitch(el, map, urban, whole) {
    var wholeShown = false;
    var control = L.control({ position: "topleft" });
    control.onAdd = function () {
      var bar = L.DomUtil.create("div", "leaflet-bar view-switch");
      var a = L.DomUtil.create("a", "", bar);
      a.href = "#";
      a.setAttribute("role", "button");
      function label() { a.textContent = el.getAttribute(wholeShown ? "data-urban" : "data-whole"); }
      label();
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.on(a, "click", function (e) {
        L.DomEvent.preventDefault(e);
        wholeShown = !wholeShown;
        fit(map, wholeShown ? whole : urban);
        label();
      });
      return bar;
    };
    control.addTo(map);
  }

  // Bars of the share within 5/10/15 minutes per area for the chosen category and scenario: the /coverage numbers themselves.
  function coverageChart(el) {
    var d = data("chart-data");
    // One row of bars per area, every label legible.
    var embed = document.body.classList.contains("embed");
    var perArea = embed ? 17 : narrow(el.clientWidth) ? 38 : 30;
    el.style.height = Math.max(260, d.areas.length * perArea + 50) + "px";
    var chart = echarts.init(el, null, { renderer: "canvas" });
    var field = d.choice.population === "elderly" ? "elderlyShare" : "share";
    function draw(scenario) {
      var series = [5, 10, 15].map(function (t) {
        return {
          type: "bar", name: "≤ " + t + " " + d.words.minutes, itemStyle: { color: colours[t] },
          data: d.areas.map(function (a) {
            var row = d.rows.filter(function (r) { return r.area === a.id && r.threshold === t && r.scenario === scenario; })[0];
            return row && row[field] !== undefined ? row[field] : null;
          })
        };
      });
      // On a phone, area names take at most 30% of the width, so the bars keep more than half: wrapped on up to three lines
      // on the dashboard, cut short in an embed's single-line rows (the dashboard's table has them whole); the ticks thin out to stay apart.
      var small = narrow(chart.getWidth());
      chart.setOption({
        // A redraw (another scenario, a turned phone) moves the bars at once, without an update animation.
        aria: { enabled: true }, animationDurationUpdate: 0,
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: "value", min: 0, max: 1, splitNumber: small ? 2 : 5, axisLabel: { formatter: function (v) { return Math.round(v * 100) + "%"; } } },
        yAxis: {
          type: "category", inverse: true, data: d.areas.map(function (a) { return a.name; }),
          axisLabel: small ? { interval: 0, width: Math.floor(chart.getWidth() * 0.3), overflow: embed ? "truncate" : "break", fontSize: 11, lineHeight: 12 } : { interval: 0 }
        },
        series: series
      }, true);
      el.setAttribute("data-scenario", scenario);
    }
    draw(d.choice.scenario);
    window.addEventListener("resize", function () { chart.resize(); draw(el.getAttribute("data-scenario")); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-map=features]").forEach(featuresMap);
    document.querySelectorAll("[data-map=access]").forEach(accessMap);
    var chart = document.getElementById("chart");
    if (chart && window.echarts) coverageChart(chart);
    document.documentElement.setAttribute("data-ready", "true");
  });
})();
