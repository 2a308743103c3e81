/* Filters on the timeline pages: outlet, source and tag, all in the page (no request). Without this script the
   form stays hidden and the page lists every event. A filter is kept in the address (?outlet=...), so a filtered
   view can be shared; the events' data- attributes hold JSON arrays written (escaped) at build time. */
(function () {
  "use strict";
  function values(li, key) {
    try { return JSON.parse(li.getAttribute("data-" + key + "s") || "[]"); } catch (e) { return []; }
  }
  function setup() {
    var form = document.querySelector("form.tl-filters");
    var timeline = document.querySelector(".tl-timeline");
    if (!form || !timeline || form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "1");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var items = Array.prototype.slice.call(timeline.querySelectorAll("li.tl-event"));
    var status = form.querySelector(".tl-filter-status");
    if (!selects.length) return;
    form.hidden = false;

    function apply(remember) {
      var wanted = selects.filter(function (s) { return s.value; });
      var shown = 0;
      items.forEach(function (li) {
        var ok = wanted.every(function (s) { return values(li, s.name).indexOf(s.value) >= 0; });
        li.hidden = !ok;
        if (ok) shown++;
      });
      // A heading whose events are all filtered out goes too.
      timeline.querySelectorAll("section").forEach(function (section) {
        section.hidden = !section.querySelector("li.tl-event:not([hidden])");
      });
      status.textContent = wanted.length ? "Showing " + shown + " of " + items.length + " events." : "";
      if (remember) {
        var params = new URLSearchParams();
        wanted.forEach(function (s) { params.set(s.name, s.value); });
        var query = params.toString();
        try {
          history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
        } catch (e) { /* some browsers refuse to rewrite file:// addresses; the filter still applies */ }
      }
    }
    var params = new URLSearchParams(location.search);
    selects.forEach(function (s) {
      var v = params.get(s.name);
      if (v && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) s.value = v;
      s.addEventListener("change", function () { apply(true); });
    });
    form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply(false);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
