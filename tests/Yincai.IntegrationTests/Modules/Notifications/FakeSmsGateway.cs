using System.Collections.Concurrent;
using System.Text.Json;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>One request the gateway received: its bearer header, content type and JSON body.</summary>
public sealed record SmsRequest(string? Authorization, string? ContentType, JsonElement Body)
{
    public string Mobile => Body.GetProperty("mobile").GetString()!;
}

/// <summary>
/// An SMS gateway on 127.0.0.1 (an <see cref="HttpListener"/>, not a second ASP.NET Core host, which would meet the app's
/// own start-up in WebApplicationFactory): it records each POST and answers what <see cref="Answer"/> says for the number.
/// </summary>
public sealed class FakeSmsGateway : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;

    private FakeSmsGateway(HttpListener listener, string url)
    {
        (_listener, Url) = (listener, url);
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The address for <c>Notifications:Sms:Url</c>.</summary>
    public string Url { get; }

    public ConcurrentQueue<SmsRequest> Received { get; } = new();

    /// <summary>The status code and the delay before it, by mobile number; 200 at once by default.</summary>
    public Func<string, (HttpStatusCode Status, TimeSpan Delay)> Answer { get; set; } = _ => (HttpStatusCode.OK, TimeSpan.Zero);

    public IReadOnlyList<SmsRequest> To(string mobile) => Received.Where(r => r.Mobile == mobile).ToList();

    public static FakeSmsGateway Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = NotificationsTestData.ClosedPort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeSmsGateway(listener, $"http://127.0.0.1:{port}/sms/send");
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken in between: another one
            }
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
            var request = new SmsRequest(context.Request.Headers["Authorization"], context.Request.ContentType, body.RootElement.Clone());
            Received.Enqueue(request);
            var (status, delay) = Answer(request.Mobile);
            if (delay > TimeSpan.Zero) await Task.Delay(delay);
            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or JsonException or InvalidOperationException)
        {
            context.Response.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
