// Offline school search. The index is a script (search-index.js) that sets
// window.SHNOR_SEARCH_INDEX, so it works from file:// without fetch; it is
// loaded on first use of the search box, so pages stay light at any number
// of schools. Compact: {m: [municipality names], s: [[id, name, short,
// municipality index], ...], p: [[name, role, page address], ...], b:
// [[title, school, page address], ...]} (people: curators and coordinators;
// b: the bank of best practices). Links are made relative through <html
// data-root>, so the site works in any sub-folder. Results are built with DOM
// calls, never innerHTML.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  if (!input || !list) return;

  var entries = null;  // the index, once loaded
  var loading = false;

  // Expands the compact index into entries once.
  function index() {
    if (entries) return entries;
    var raw = window.SHNOR_SEARCH_INDEX;
    if (!raw) return [];
    entries = raw.s.map(function (r) {
      var m = raw.m[r[3]] || "";
      return { id: r[0], name: r[1], short: r[2], municipality: m,
               url: "schools/" + r[0] + "/index.html",
               hay: norm(r[1] + " " + r[2] + " " + m + " " + r[0]) };
    });
    (raw.p || []).forEach(function (r) {
      entries.push({ name: r[0], short: "", municipality: r[1], url: r[2],
                     hay: norm(r[0] + " " + r[1]) });
    });
    // «практика» in the hay: a search for the word lists the whole bank.
    (raw.b || []).forEach(function (r) {
      entries.push({ name: r[0], short: "", municipality: "практика · " + r[1], url: r[2],
                     hay: norm(r[0] + " " + r[1] + " практика") });
    });
    return entries;
  }

  var waiting = [];  // what to run once the index has loaded

  function load(then) {
    if (window.SHNOR_SEARCH_INDEX) return then && then();
    if (then) waiting.push(then);
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = root + "assets/search-index.js";
    script.onload = function () { waiting.splice(0).forEach(function (f) { f(); }); };
    document.head.appendChild(script);
  }

  function norm(s) {
    return (s || "").toLowerCase().replace(/ё/g, "е").replace(/[«»"']/g, "");
  }

  function matches(entry, words) {
    for (var i = 0; i < words.length; i++) if (entry.hay.indexOf(words[i]) < 0) return false;
    return true;
  }

  function show(results) {
    while (list.firstChild) list.removeChild(list.firstChild);
    results.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + e.url;
      a.textContent = e.short || e.name;
      var m = document.createElement("span");
      m.className = "muted";
      m.textContent = e.municipality;
      a.appendChild(m);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
  }

  function search() {
    var words = norm(input.value).split(/\s+/).filter(Boolean);
    if (words.length === 0) return show([]);
    var found = [];
    var all = index();
    for (var i = 0; i < all.length && found.length < 10; i++)
      if (matches(all[i], words)) found.push(all[i]);
    show(found);
  }

  input.addEventListener("focus", function () { load(null); });
  input.addEventListener("input", function () { load(search); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { input.value = ""; show([]); }
    if (ev.key === "Enter" && list.firstChild) list.firstChild.firstChild.click();
  });
})();
