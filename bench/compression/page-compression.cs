using System.Diagnostics;
using System.IO.Compression;
// A public page saved from the running app, e.g. curl -s "http://127.0.0.1:PORT/Jobs?q=软件x" > page.html
var page = File.ReadAllBytes(args.Length > 0 ? args[0] : "page.html");
var ms = new MemoryStream(100_000);
void Run(string name, Func<Stream, Stream> make)
{
    long size = 0; var alloc0 = GC.GetAllocatedBytesForCurrentThread();
    for (int i = 0; i < 200; i++) { ms.SetLength(0); using (var s = make(ms)) s.Write(page); size = ms.Length; }
    var sw = Stopwatch.StartNew(); alloc0 = GC.GetAllocatedBytesForCurrentThread(); int n = 3000;
    for (int i = 0; i < n; i++) { ms.SetLength(0); using (var s = make(ms)) { for (int o = 0; o < page.Length; o += 4096) s.Write(page, o, Math.Min(4096, page.Length - o)); } size = ms.Length; }
    Console.WriteLine($"{name,-28} {sw.Elapsed.TotalMicroseconds / n,8:F1} us  {size,6} B  {(GC.GetAllocatedBytesForCurrentThread() - alloc0) / n,6} B alloc");
}
for (int r = 0; r < 2; r++) {
Run("brotli fastest (q1 w22)", o => new BrotliStream(o, CompressionLevel.Fastest, true));
Run("gzip fastest", o => new GZipStream(o, CompressionLevel.Fastest, true));
Run("gzip optimal", o => new GZipStream(o, CompressionLevel.Optimal, true));
Run("brotli q4", o => new BrotliStream(o, new BrotliCompressionOptions { Quality = 4 }, true));
Run("brotli optimal", o => new BrotliStream(o, CompressionLevel.Optimal, true));
}
