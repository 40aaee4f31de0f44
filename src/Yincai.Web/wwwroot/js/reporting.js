// Report charts drawn from their data-chart JSON (no inline script: the CSP forbids it), and the wall screen's refresh in place.
(function () {
    'use strict';
    if (!window.echarts) return;

    function draw(el) {
        var spec = JSON.parse(el.getAttribute('data-chart'));
        var chart = el._chart || echarts.init(el, null, { renderer: 'svg' });
        el._chart = chart;
        var unit = spec.unit || '';
        var series = {
            type: spec.kind === 'line' ? 'line' : 'bar',
            data: spec.values,
            label: { show: spec.values.length <= 20, position: 'top', formatter: function (p) { return p.value == null ? '' : p.value + unit; } }
        };
        if (spec.target != null) {
            series.markLine = { symbol: 'none', lineStyle: { type: 'dashed', color: '#dc3545' }, label: { formatter: spec.target + unit },
                data: [{ yAxis: spec.target }] };
        }
        chart.setOption({
            animation: false,
            grid: { left: 48, right: 24, top: 24, bottom: 72 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: spec.labels, axisLabel: { rotate: spec.labels.length > 6 || el.clientWidth / Math.max(1, spec.labels.length) < 64 ? 40 : 0, interval: 0 } },
            yAxis: { type: 'value', max: unit === '%' ? 100 : null, axisLabel: { formatter: '{value}' + unit } },
            series: [series]
        }, true);
    }

    var charts = document.querySelectorAll('.report-chart[data-chart]');
    charts.forEach(draw);
    window.addEventListener('resize', function () { charts.forEach(function (el) { if (el._chart) el._chart.resize(); }); });

    var wall = document.querySelector('[data-wall]');
    if (!wall) return;
    var seconds = parseInt(wall.getAttribute('data-refresh'), 10) || 60;
    function refresh() {
        fetch(wall.getAttribute('data-wall'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
            .then(function (figures) {
                wall.querySelector('[data-wall-updated]').textContent = figures.updatedAt;
                figures.tiles.forEach(function (t) {
                    var tile = wall.querySelector('[data-tile="' + t.rule + '"]');
                    if (!tile) return;
                    var actual = tile.querySelector('[data-tile-actual]');
                    actual.textContent = t.actual;
                    actual.classList.toggle('wall-behind', t.met === false);
                    actual.classList.toggle('wall-met', t.met === true);
                    tile.querySelector('[data-tile-target]').textContent = t.target;
                });
                var el = wall.querySelector('[data-wall-chart]');
                if (el && figures.chart) { el.setAttribute('data-chart', JSON.stringify(figures.chart)); draw(el); }
                wall.setAttribute('data-rounds', String((parseInt(wall.getAttribute('data-rounds'), 10) || 0) + 1));
            })
            .catch(function () { /* the next round tries again; the screen keeps the last figures */ });
    }
    setInterval(refresh, seconds * 1000);
})();
