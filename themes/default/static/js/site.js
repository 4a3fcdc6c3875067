/*
 * govsite default theme: the few things that need a script.
 *  - 适老化 toggles (大字版, 高对比度): buttons [data-a11y-toggle] switch a class on <html>
 *    (a11y-large, a11y-contrast), remembered in localStorage.
 *  - 字号 大/中/小: buttons [data-font-size] set fs-large / fs-small on <html> (中 = none).
 *  - 打印本页: buttons [data-print] call window.print().
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
