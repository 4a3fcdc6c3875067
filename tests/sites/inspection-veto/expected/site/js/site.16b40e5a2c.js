/*
 * govsite default theme: the few things that need a script.
 *  - 适老化 toggles (大字版, 高对比度): buttons [data-a11y-toggle] switch a class on <html>
 *    (a11y-large, a11y-contrast), remembered in localStorage.
 *  - 字号 大/中/小: buttons [data-font-size] set fs-large / fs-small on <html> (中 = none).
 *  - 打印本页: buttons [data-print] call window.print().
 *  - Print: links inside a document get [data-print-href], their absolute address (from the
 *    page's canonical URL, so a copy printed anywhere names the real site), which the print
 *    stylesheet shows after the link; a link whose text already is its address gets
 *    [data-print-same] and is not repeated.
 *  - Controls that only work with a script carry [data-js-only][hidden] in the markup and are
 *    revealed here; notes for readers without scripts carry [data-no-js-only] and are hidden.
 * Written in ES5 without NodeList.forEach or classList.toggle(name, force) so it runs on the
 * older browsers many readers of government sites still use.
 */
(function () {
  'use strict';

  var html = document.documentElement;
  var STORAGE_PREFIX = 'govsite.';
  var TOGGLES = { large: 'a11y-large', contrast: 'a11y-contrast' };
  var FONT_SIZES = { large: 'fs-large', medium: '', small: 'fs-small' };

  function load(key) {
    try {
      return window.localStorage.getItem(STORAGE_PREFIX + key);
    } catch (e) {
      return null; // storage disabled (private mode, cookies blocked): settings last one page
    }
  }

  function save(key, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(STORAGE_PREFIX + key);
      } else {
        window.localStorage.setItem(STORAGE_PREFIX + key, value);
      }
    } catch (e) {
      /* ignore: see load() */
    }
  }

  function setClass(name, on) {
    if (!name) {
      return;
    }
    if (on) {
      html.classList.add(name);
    } else {
      html.classList.remove(name);
    }
  }

  function all(selector) {
    return document.querySelectorAll(selector);
  }

  function each(list, fn) {
    for (var i = 0; i < list.length; i++) {
      fn(list[i]);
    }
  }

  /* 大字版 / 高对比度 */
  function applyToggle(name, on) {
    setClass(TOGGLES[name], on);
    each(all('[data-a11y-toggle="' + name + '"]'), function (button) {
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  /* 字号 大 / 中 / 小 */
  function applyFontSize(size) {
    if (!FONT_SIZES.hasOwnProperty(size)) {
      size = 'medium';
    }
    for (var key in FONT_SIZES) {
      if (FONT_SIZES.hasOwnProperty(key)) {
        setClass(FONT_SIZES[key], key === size);
      }
    }
    each(all('[data-font-size]'), function (button) {
      var pressed = button.getAttribute('data-font-size') === size;
      button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    });
  }

  /* Addresses of the links in a document, for the printed copy. */
  function markPrintLinks() {
    var canonical = document.querySelector('link[rel="canonical"]');
    var base = canonical ? canonical.href : window.location.href;
    each(all('main .doc a[href]'), function (link) {
      var href = link.getAttribute('href');
      var text = (link.textContent || '').replace(/^\s+|\s+$/g, '');
      if (/^https?:/i.test(href)) {
        if (text === href) {
          link.setAttribute('data-print-same', '');
        }
        return;
      }
      if (href.charAt(0) === '#' || /^[a-z][a-z0-9+.-]*:/i.test(href) || typeof URL !== 'function') {
        return; // in-page anchors, mailto: and tel: say enough on paper
      }
      try {
        // Decoded, so a Chinese file or folder name prints as written.
        link.setAttribute('data-print-href', decodeURI(new URL(href, base).href));
      } catch (e) {
        /* leave the link as it is */
      }
    });
  }

  function init() {
    var name;
    for (name in TOGGLES) {
      if (TOGGLES.hasOwnProperty(name)) {
        applyToggle(name, load(name) === '1');
      }
    }
    applyFontSize(load('font-size') || 'medium');

    each(all('[data-a11y-toggle]'), function (button) {
      button.addEventListener('click', function () {
        var toggle = button.getAttribute('data-a11y-toggle');
        var on = !html.classList.contains(TOGGLES[toggle]);
        applyToggle(toggle, on);
        save(toggle, on ? '1' : null);
      });
    });

    each(all('[data-font-size]'), function (button) {
      button.addEventListener('click', function () {
        var size = button.getAttribute('data-font-size');
        applyFontSize(size);
        save('font-size', size === 'medium' ? null : size);
      });
    });

    each(all('[data-print]'), function (button) {
      button.addEventListener('click', function () {
        window.print();
      });
    });

    markPrintLinks();

    each(all('[data-js-only]'), function (element) {
      element.removeAttribute('hidden');
    });
    each(all('[data-no-js-only]'), function (element) {
      element.setAttribute('hidden', '');
    });
  }

  if (!html.classList || !document.querySelectorAll) {
    return; // very old browser: the page stays as plain, readable HTML
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
