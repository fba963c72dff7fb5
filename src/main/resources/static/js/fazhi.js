// Fazhi page behaviour. No inline scripts (CSP): charts and CSRF are wired from data attributes.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) { event.detail.headers[c.header] = c.token; }
  });

  // <div class="fz-chart" data-chart='{"series":[...]}'></div> becomes an ECharts chart.
  function renderCharts(root) {
    if (typeof echarts === 'undefined') { return; }
    (root || document).querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.dataset.rendered) { return; }
      var chart = echarts.init(el);
      chart.setOption(JSON.parse(el.dataset.chart));
      el.dataset.rendered = '1';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  // Captcha images of public forms: a click fetches a new one (the old answer is then void).
  document.addEventListener('click', function (event) {
    var img = event.target.closest && event.target.closest('img[data-captcha]');
    if (img) { img.src = img.src.split('?')[0] + '?t=' + Date.now(); }
  });

  document.addEventListener('DOMContentLoaded', function () { renderCharts(document); });
  document.addEventListener('htmx:afterSettle', function (event) { renderCharts(event.target); });

  // <button data-confirm="确定撤销？"> asks before submitting.
  document.addEventListener('click', function (event) {
    var el = event.target.closest('[data-confirm]');
    if (el && !window.confirm(el.dataset.confirm)) { event.preventDefault(); }
  });
})();
