// Door check-in: reads a ticket's QR code with the phone camera (jsQR, vendored under lib/jsqr) and posts it like a typed
// code. Without a camera, or without script, staff type the code.
(function () {
    var start = document.getElementById('scanner-start');
    var box = document.getElementById('scanner');
    var video = document.getElementById('scanner-video');
    var canvas = document.getElementById('scanner-canvas');
    var form = document.getElementById('checkin-form');
    var input = document.getElementById('Code');
    if (!start || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof jsQR !== 'function') return;
    start.hidden = false;
    start.addEventListener('click', function () {
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
            box.hidden = false;
            start.hidden = true;
            video.srcObject = stream;
            video.play();
            var context = canvas.getContext('2d', { willReadFrequently: true });
            var tick = function () {
                if (video.readyState === video.HAVE_ENOUGH_DATA) {
                    canvas.width = video.videoWidth;
                    canvas.height = video.videoHeight;
                    context.drawImage(video, 0, 0, canvas.width, canvas.height);
                    var image = context.getImageData(0, 0, canvas.width, canvas.height);
                    var found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
                    if (found && found.data) {
                        stream.getTracks().forEach(function (t) { t.stop(); });
                        input.value = found.data;
                        form.submit();
                        return;
                    }
                }
                requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
        }).catch(function () { start.disabled = true; });
    });
})();
