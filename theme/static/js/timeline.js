/* Filter, search and "jump to date" on the timeline pages.
   Progressive enhancement only: without this script the page lists every event it holds.
   The data comes from window.TIMELINE_DATA (timeline-data.js, or inlined in the one-file edition),
   never from fetch(), so it works from file://. Text is only ever inserted with textContent. */
(function () {
  "use strict";
  var data = window.TIMELINE_DATA;
  var tools = document.getElementById("tools");

  // A period page lists the periods without their counts (so that it changes only when its own
  // events do); the counts come from the data, as on the index.
  if (data && data.periods) {
    document.querySelectorAll(".year-nav a[data-period]").forEach(function (a) {
      var n = data.periods[a.getAttribute("data-period")];
      if (typeof n !== "number") return;
      var count = document.createElement("span");
      count.className = "count";
      count.textContent = " (" + n + ")";
      a.appendChild(count);
    });
  }
  if (!data || !tools) return;

  var root = document.body.getAttribute("data-root") || ".";
  var filters = document.getElementById("filters");
  var jump = document.getElementById("jump");
  var status = document.getElementById("status");
  var elsewhere = document.getElementById("elsewhere");
  var results = elsewhere.querySelector("ol");
  var MAX_ELSEWHERE = 200;
  var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

  // A row: [id, title, date label, kind, first day (days since 1970-01-01) or null,
  //         index into data.pages (the page listing it), entity indexes, source indexes, key (0/1)]
  var rows = data.events.map(function (r) {
    var el = document.getElementById(r[0]);
    var names = r[6].map(function (i) { return data.entities[i]; }).join(" ");
    return {
      id: r[0], title: r[1], label: r[2], kind: r[3], start: r[4], page: data.pages[r[5]],
      entities: r[6], sources: r[7], key: r[8] === 1, ok: true,
      el: el && el.classList.contains("event") ? el : null,
      text: (r[1] + " " + r[2] + " " + names).toLowerCase()
    };
  });

  function fillSelect(select, names) {
    names.map(function (name, i) { return [name, i]; })
      .sort(function (a, b) { return a[0].localeCompare(b[0]); })
      .forEach(function (pair) {
        var option = document.createElement("option");
        option.value = String(pair[1]);
        option.textContent = pair[0];
        select.appendChild(option);
      });
  }

  function criteria() {
    var f = filters.elements;
    return {
      words: f.q.value.toLowerCase().split(/\s+/).filter(Boolean),
      entity: f.entity.value, source: f.source.value, kind: f.kind.value, key: f.key.checked
    };
  }

  function matches(row, c) {
    if (c.kind && row.kind !== c.kind) return false;
    if (c.key && !row.key) return false;
    if (c.entity !== "" && row.entities.indexOf(Number(c.entity)) < 0) return false;
    if (c.source !== "" && row.sources.indexOf(Number(c.source)) < 0) return false;
    return c.words.every(function (word) { return row.text.indexOf(word) >= 0; });
  }

  function link(row) {
    var a = document.createElement("a");
    a.href = root + "/" + row.page + "#" + row.id;
    a.textContent = row.label + " — " + row.title;
    return a;
  }

  // Hide headings whose events are all filtered out, so the page never shows empty years.
  function tidy() {
    document.querySelectorAll(".timeline ol.events").forEach(function (list) {
      var empty = !list.querySelector("li.event:not([hidden])");
      list.hidden = empty;
      var heading = list.previousElementSibling;
      if (heading && heading.classList.contains("month")) heading.hidden = empty;
    });
    document.querySelectorAll(".timeline section.year").forEach(function (section) {
      section.hidden = !section.querySelector("li.event:not([hidden])");
    });
  }

  function apply() {
    var c = criteria();
    var active = c.words.length || c.entity || c.source || c.kind || c.key;
    var count = 0, away = [];
    rows.forEach(function (row) {
      row.ok = !active || matches(row, c);
      if (row.el) row.el.hidden = !row.ok;
      else if (row.ok && active) away.push(row);
      if (row.ok) count += 1;
    });
    tidy();
    results.textContent = "";
    away.slice(0, MAX_ELSEWHERE).forEach(function (row) {
      var li = document.createElement("li");
      li.appendChild(link(row));
      results.appendChild(li);
    });
    elsewhere.hidden = away.length === 0;
    status.textContent = !active ? "" : count + " of " + rows.length + " events match" +
      (away.length ? " (" + away.length + " on other pages" +
        (away.length > MAX_ELSEWHERE ? ", first " + MAX_ELSEWHERE + " listed" : "") + ")" : "") + ".";
  }

  function dayNumber(year, month, day) {
    var d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    return Math.floor(d.getTime() / 86400000);
  }

  // "2024", "2024-06", "2024-06-13", "June 2024", "1990s", "44 BC" -> first day, or null.
  function parseDate(text) {
    var s = text.trim().toLowerCase(), m;
    if ((m = s.match(/^(\d{1,6})\s*(bc|bce|b\.c\.)$/))) return dayNumber(1 - Number(m[1]), 1, 1);
    if ((m = s.match(/^(\d{3})0s$/))) return dayNumber(Number(m[1]) * 10, 1, 1);
    if ((m = s.match(/^(-?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/)))
      return dayNumber(Number(m[1]), Number(m[2] || 1), Number(m[3] || 1));
    if ((m = s.match(/^(?:(\d{1,2})\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,6})$/)) && MONTHS.indexOf(m[2]) >= 0)
      return dayNumber(Number(m[3]), MONTHS.indexOf(m[2]) + 1, Number(m[1] || 1));
    return null;
  }

  // Focus an event's link: after a jump, or when a link to "page#event" brought the reader here,
  // so that Tab continues from that event.
  function focusEvent(row) {
    var focus = row.el.querySelector(".event-title a");
    if (!focus) {  // the one-file edition has no event pages: focus the heading
      focus = row.el.querySelector(".event-title");
      focus.tabIndex = -1;
    }
    row.el.scrollIntoView({block: "start"});
    focus.focus({preventScroll: true});
    row.el.classList.add("target");
    window.setTimeout(function () { row.el.classList.remove("target"); }, 2000);
  }

  function jumpTo(text) {
    var day = parseDate(text);
    if (day === null) {
      status.textContent = "Could not read “" + text + "” as a date: try 2024, 2024-06, June 2024 or 44 BC.";
      return;
    }
    var dated = rows.filter(function (row) { return row.ok && row.start !== null; });
    if (!dated.length) { status.textContent = "No dated events to jump to."; return; }
    var target = dated.find(function (row) { return row.start >= day; }) || dated[dated.length - 1];
    status.textContent = "Jumped to " + target.label + ": " + target.title;
    if (target.el) focusEvent(target);
    else window.location.href = root + "/" + target.page + "#" + target.id;
  }

  fillSelect(filters.elements.entity, data.entities);
  fillSelect(filters.elements.source, data.sources);
  filters.addEventListener("input", apply);
  filters.addEventListener("submit", function (e) { e.preventDefault(); });
  filters.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  jump.addEventListener("submit", function (e) {
    e.preventDefault();
    jumpTo(jump.elements.date.value);
  });
  tools.hidden = false;
  tools.open = window.matchMedia("(min-width: 700px)").matches;
  var arrived = rows.find(function (row) { return row.el && "#" + row.id === window.location.hash; });
  // After load: the browser's own scroll to the fragment would otherwise undo the focus.
  if (arrived) window.addEventListener("load", function () { focusEvent(arrived); });
})();
