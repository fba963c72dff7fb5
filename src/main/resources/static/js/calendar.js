// Legal calendar pages: choosing a statutory period fills in its length and unit (no inline scripts: strict CSP).
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var select = event.target.closest('[data-fills-deadline]');
    if (!select) { return; }
    var option = select.options[select.selectedIndex];
    if (!option || !option.dataset.amount) { return; }
    var amount = document.getElementById('amount');
    var unit = document.getElementById('unit');
    if (amount) { amount.value = option.dataset.amount; }
    if (unit) { unit.value = option.dataset.unit; }
  });
})();
