// Small touches only: every page works without this file.
document.addEventListener('change', function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.dataset.autosubmit !== undefined && target.form) {
        var flag = target.form.querySelector('input[name="' + target.dataset.autosubmit + '"]');
        if (flag) flag.value = 'true';
        target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
});
document.addEventListener('click', function (event) {
    if (event.target instanceof Element && event.target.closest('[data-print]')) window.print();
});
