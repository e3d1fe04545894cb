// Atlas behaviour. Every feature also works without JavaScript; this only makes them faster.
(function () {
  "use strict";

  // Quick exit (GOV.UK "Exit this page" pattern): the button or Shift pressed three times replaces
  // this page in history with a neutral site and clears anything this site stored.
  function quickExit(event) {
    var link = document.querySelector("[data-atlas-exit]");
    if (!link) return;
    if (event) event.preventDefault();
    try { sessionStorage.clear(); localStorage.clear(); } catch (e) { /* storage may be blocked */ }
    document.body.style.display = "none";
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-atlas-exit]");
    if (link) quickExit(event);
  });
  var shiftTimes = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    var now = Date.now();
    shiftTimes = shiftTimes.filter(function (t) { return now - t < 1000; });
    shiftTimes.push(now);
    if (shiftTimes.length >= 3) quickExit();
  });

  // Links from a country page to topics and apps carry the country (?cc=se), so the page they open can
  // show that country's help; only this script reads it, so only this script adds it.
  var country = document.querySelector(".atlas-country[data-country]");
  if (country) {
    document.querySelectorAll("[data-atlas-carry-country] + ul a[href]").forEach(function (a) {
      a.setAttribute("href", a.getAttribute("href") + "?cc=" + country.getAttribute("data-country"));
    });
  }

  // A topic or platform page opened from a country page (?cc=se) shows that country's help panel in
  // place of the "find your helpline" link. The panel is a static page of this site, already escaped.
  var help = document.querySelector("[data-atlas-country-help]");
  var cc = new URLSearchParams(location.search).get("cc");
  if (help && cc && /^[a-z]{2}$/.test(cc) && window.fetch && window.DOMParser) {
    fetch(help.getAttribute("data-embed-base") + cc + "/" + help.getAttribute("data-audience") + ".html")
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (text) {
        if (!text) return;
        var panel = new DOMParser().parseFromString(text, "text/html").querySelector("[data-atlas-panel]");
        if (!panel) return;
        var box = document.createElement("div");
        box.className = "atlas-panel";
        box.innerHTML = panel.innerHTML;
        var title = box.querySelector("h1");
        if (title) { var h2 = document.createElement("h2"); h2.textContent = title.textContent; title.replaceWith(h2); }
        box.querySelectorAll("h2:not(:first-child)").forEach(function (h) {
          var h3 = document.createElement("h3"); h3.textContent = h.textContent; h.replaceWith(h3);
        });
        help.replaceChildren(box);
      });
  }

  // A topic about the law, opened from a country page, shows that country's law section, taken from
  // the country's own page in this language (same site, already escaped).
  var lawBox = document.querySelector("[data-atlas-country-law]");
  if (lawBox && cc && /^[a-z]{2}$/.test(cc) && window.fetch && window.DOMParser) {
    fetch(lawBox.getAttribute("data-countries-base") + cc + "/" + lawBox.getAttribute("data-audience") + "/")
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (text) {
        var law = text && new DOMParser().parseFromString(text, "text/html").querySelector("[data-atlas-law]");
        if (!law) return;
        law.removeAttribute("id");
        lawBox.replaceChildren(document.importNode(law, true));
      });
  }

  // The language menu: the page carries only its country's languages and English; list all of them,
  // each linking to this same page, from the one small languages.json of the site.
  var languageMenu = document.querySelector("[data-atlas-languages]");
  if (languageMenu && window.fetch) {
    var root = languageMenu.getAttribute("data-root");
    fetch(root + "languages.json").then(function (r) { return r.ok ? r.json() : null; }).then(function (all) {
      if (!all) return;
      var first = languageMenu.getAttribute("data-first").split(" ");
      var ordered = all.filter(function (l) { return first.indexOf(l.lang) !== -1; })
        .sort(function (a, b) { return first.indexOf(a.lang) - first.indexOf(b.lang); })
        .concat(all.filter(function (l) { return first.indexOf(l.lang) === -1; }));
      var items = ordered.map(function (l) {
        var li = document.createElement("li"), a = document.createElement("a");
        li.className = "md-select__item";
        a.className = "md-select__link";
        a.href = root + l.prefix + languageMenu.getAttribute("data-page");
        a.hreflang = l.lang; a.lang = l.lang; a.textContent = l.name;
        li.appendChild(a);
        return li;
      });
      languageMenu.replaceChildren.apply(languageMenu, items);
      if (offer) offerLanguage();
    });
  }

  // The home page offers, never forces, the browser's own language when the site has it: a link to the
  // same page in that language, named in that language. Computed here, never sent anywhere.
  var offer = document.querySelector("[data-atlas-language-offer]");
  function offerLanguage() {
    var current = document.documentElement.lang;
    var menu = document.querySelectorAll(".md-select__list a[hreflang]");
    var wanted = navigator.languages || [navigator.language || ""];
    outer: for (var w = 0; w < wanted.length; w++) {
      var tag = wanted[w].toLowerCase();
      for (var m = 0; m < menu.length; m++) {
        var code = menu[m].getAttribute("hreflang");
        var lower = code.toLowerCase();
        if (lower === tag || lower.split("-")[0] === tag.split("-")[0]) {
          if (code === current) break outer;
          var link = menu[m].cloneNode(true);
          link.removeAttribute("class");
          offer.replaceChildren(link);
          offer.hidden = false;
          break outer;
        }
      }
    }
  }
  if (offer) offerLanguage();


  // The search page: Pagefind's interface, loaded on this page only, reading this language's index.
  var search = document.querySelector("[data-atlas-search]");
  if (search && window.PagefindUI) {
    var without = document.querySelector(".atlas-search-without-js");
    if (without) without.hidden = true;
    new window.PagefindUI({ element: search, showImages: false, showSubResults: false, resetStyles: false,
      bundlePath: search.getAttribute("data-bundle-path") || undefined });
  }

  // The home page's country picker: keep the countries whose names hold what was typed.
  var picker = document.querySelector("[data-atlas-picker]");
  if (picker) {
    var input = picker.querySelector("[data-atlas-picker-input]");
    input.parentNode.hidden = false;
    input.addEventListener("input", function () {
      var typed = input.value.trim().toLocaleLowerCase();
      var any = false;
      picker.querySelectorAll("li[data-names]").forEach(function (item) {
        item.hidden = !!typed && item.getAttribute("data-names").indexOf(typed) === -1;
        any = any || !item.hidden;
      });
      picker.querySelectorAll("[data-atlas-picker-group]").forEach(function (group) {
        group.hidden = !group.querySelector("li[data-names]:not([hidden])");
      });
      picker.querySelector("[data-atlas-picker-none]").hidden = any;
    });
  }

  // Country suggestion on the country list, from the browser's language region; computed here and
  // never sent anywhere.
  var list = document.querySelector("[data-atlas-countries]");
  if (list) {
    var languages = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < languages.length; i++) {
      var region = (languages[i].split("-")[1] || "").toLowerCase();
      var item = region && document.querySelector('li[data-cc="' + region + '"]');
      if (item) {
        var copy = item.cloneNode(true);
        copy.classList.add("atlas-suggested");
        list.insertBefore(copy, list.firstChild);
        break;
      }
    }
  }
})();
