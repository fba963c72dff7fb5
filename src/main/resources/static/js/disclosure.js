// 政府信息公开：选择答复类型时带出其法律依据（可修改）。
document.addEventListener('DOMContentLoaded', function () {
  var select = document.getElementById('reply-type-select');
  var basis = document.getElementById('legal-basis');
  if (!select || !basis) {
    return;
  }
  select.addEventListener('change', function () {
    var option = select.options[select.selectedIndex];
    var value = option ? option.getAttribute('data-basis') : null;
    if (value) {
      basis.value = value;
    }
  });
});

// 政府信息公开统计：按办理结果的柱状图（数据来自页面上的 data- 属性）。
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('chart-disclosure-results');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var names = (el.getAttribute('data-names') || '').split('|');
  var values = (el.getAttribute('data-values') || '').split('|').map(function (v) { return Number(v) || 0; });
  var chart = echarts.init(el);
  chart.setOption({
    title: { text: '按办理结果', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {},
    xAxis: { type: 'category', data: names },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#c8161d' } }]
  });
});
