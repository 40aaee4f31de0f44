using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Yincai.IntegrationTests.Platform;

/// <summary>
/// The test server gives every request no client address. Tests that need one (a proxy, clients behind a NAT) send
/// <see cref="Header"/>; this filter, ahead of the app's whole pipeline, makes it the connection's address, as
/// Kestrel would from the TCP peer. Registered only by the factories that need it.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                context.Connection.RemoteIpAddress = address;
            context.Request.Headers.Remove(Header);
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A request from <paramref name="address"/>, optionally through a proxy that says it came from <paramref name="forwardedFor"/> over <paramref name="forwardedProto"/>.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string address, string? forwardedFor = null,
        string? forwardedProto = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(Header, address);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        return request;
    }
}
