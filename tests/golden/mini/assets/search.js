// Offline school search. The index is a script (search-index.js) that sets
// window.SHNOR_SEARCH_INDEX, so it works from file:// without fetch. Links
// are made relative through <html data-root>, so the site works in any
// sub-folder. Results are built with DOM calls, never innerHTML.
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  if (!input || !list) return;

  function norm(s) {
    return (s || "").toLowerCase().replace(/ё/g, "е").replace(/[«»"']/g, "");
  }

  function matches(entry, words) {
    var hay = norm(entry.name + " " + entry.short + " " + entry.municipality + " " + entry.id);
    for (var i = 0; i < words.length; i++) if (hay.indexOf(words[i]) < 0) return false;
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

  input.addEventListener("input", function () {
    var index = window.SHNOR_SEARCH_INDEX || [];
    var words = norm(input.value).split(/\s+/).filter(Boolean);
    if (words.length === 0) return show([]);
    show(index.filter(function (e) { return matches(e, words); }).slice(0, 10));
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { input.value = ""; show([]); }
    if (ev.key === "Enter" && list.firstChild) list.firstChild.firstChild.click();
  });
})();
