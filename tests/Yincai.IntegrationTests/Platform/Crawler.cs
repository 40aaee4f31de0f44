using System.Text.RegularExpressions;

namespace Yincai.IntegrationTests.Platform;

/// <summary>
/// Visits a site as one browser would, breadth-first from the start pages: every same-site link and every GET form
/// (submitted with its default values), following redirects within the site. What is destructive is left alone by
/// rule, not by a list of pages: links to a sign-out, links that carry data-method or a confirmation, and forms that
/// post are never followed. Each path (ids in it counted as one) is visited with at most a few query strings, and the
/// whole crawl is bounded. A visit fails on any 5xx and on a page answered without the layout (a raw error body,
/// JSON or plain text where a page was asked for); a file download is recognised by its headers and not parsed.
/// </summary>
public sealed partial class Crawler(HttpClient browser, int queriesPerPath = 3, int maxVisits = 400)
{
    /// <summary>What <c>_Layout.cshtml</c> always renders: its main landmark, in a complete document.</summary>
    public static bool HasLayout(string html) => MainLandmark().IsMatch(html) && html.Contains("</html>", StringComparison.OrdinalIgnoreCase);

    public sealed record Visit(string Url, int Status, string? Failure);

    public async Task<IReadOnlyList<Visit>> CrawlAsync(IEnumerable<string> startUrls, CancellationToken cancellationToken)
    {
        var queue = new Queue<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queriesOfPath = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var visits = new List<Visit>();

        void Enqueue(string url)
        {
            if (!seen.Add(url)) return;
            var shape = ShapeOf(url);
            var count = queriesOfPath.GetValueOrDefault(shape);
            if (count >= queriesPerPath) return;
            queriesOfPath[shape] = count + 1;
            queue.Enqueue(url);
        }

        foreach (var url in startUrls) Enqueue(url);
        while (queue.Count > 0 && visits.Count < maxVisits)
        {
            var url = queue.Dequeue();
            var (visit, html, finalUrl) = await VisitAsync(url, cancellationToken);
            visits.Add(visit);
            if (html is null) continue;
            foreach (var next in LinksOf(html, finalUrl)) Enqueue(next);
        }
        return visits;
    }

    private async Task<(Visit Visit, string? Html, Uri FinalUrl)> VisitAsync(string url, CancellationToken cancellationToken)
    {
        var current = new Uri(Site, url);
        for (var hop = 0; ; hop++)
        {
            using var response = await browser.GetAsync(current, cancellationToken);
            var status = (int)response.StatusCode;
            if (status >= 500)
                return (new Visit(url, status, $"{status} at {current.PathAndQuery}"), null, current);
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var target = new Uri(current, location);
                // Off the site (or a redirect loop): nothing more to see here.
                if (target.Host != Site.Host || hop >= 5) return (new Visit(url, status, null), null, current);
                current = target;
                continue;
            }

            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var isAttachment = response.Content.Headers.ContentDisposition?.DispositionType == "attachment";
            if (isAttachment || IsApi(current)) return (new Visit(url, status, null), null, current);
            if (type is "application/json" or "application/problem+json" or "text/plain" || type.Length == 0 && status != 204)
                return (new Visit(url, status, $"{status} {(type.Length == 0 ? "no content type" : type)} answered for a page at {current.PathAndQuery}"), null, current);
            if (type != "text/html") return (new Visit(url, status, null), null, current); // a file shown inline: an image, a PDF
            var html = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!HasLayout(html))
                return (new Visit(url, status, $"{status} page without the layout at {current.PathAndQuery}"), null, current);
            return (new Visit(url, status, null), html, current);
        }
    }

    private static readonly Uri Site = new("http://localhost/");

    private static bool IsApi(Uri url) => url.AbsolutePath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The same-site targets of the page's links and GET forms, as paths with their query.</summary>
    public static IEnumerable<string> LinksOf(string html, Uri page)
    {
        foreach (Match anchor in Anchor().Matches(html))
        {
            var attributes = AttributesOf(anchor.Groups["attributes"].Value);
            if (!attributes.TryGetValue("href", out var href) || IsDestructive(attributes)) continue;
            if (SameSite(page, WebUtility.HtmlDecode(href)) is { } target && !IsSignOut(target)) yield return target.PathAndQuery;
        }

        foreach (Match form in Form().Matches(html))
        {
            var attributes = AttributesOf(form.Groups["attributes"].Value);
            var method = attributes.GetValueOrDefault("method", "get");
            if (!method.Equals("get", StringComparison.OrdinalIgnoreCase) || IsDestructive(attributes)) continue;
            var action = WebUtility.HtmlDecode(attributes.GetValueOrDefault("action", ""));
            if (SameSite(page, action.Length == 0 ? page.PathAndQuery : action) is not { } target || IsSignOut(target)) continue;
            var query = string.Join('&', DefaultFields(form.Groups["body"].Value)
                .Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
            // A GET form replaces the action's query with its fields, as a browser does.
            yield return target.AbsolutePath + (query.Length == 0 ? "" : "?" + query);
        }
    }

    /// <summary>What a browser sends when the form is submitted untouched (by Enter: the first submit button counts).</summary>
    private static IEnumerable<KeyValuePair<string, string>> DefaultFields(string body)
    {
        var buttonTaken = false;
        foreach (Match control in Control().Matches(body))
        {
            var attributes = AttributesOf(control.Groups["attributes"].Value);
            if (attributes.ContainsKey("disabled") || !attributes.TryGetValue("name", out var name) || name.Length == 0) continue;
            name = WebUtility.HtmlDecode(name);
            var value = WebUtility.HtmlDecode(attributes.GetValueOrDefault("value", ""));
            switch (control.Groups["tag"].Value.ToLowerInvariant())
            {
                case "input":
                    var type = attributes.GetValueOrDefault("type", "text").ToLowerInvariant();
                    if (type is "checkbox" or "radio")
                    {
                        if (attributes.ContainsKey("checked")) yield return new(name, attributes.ContainsKey("value") ? value : "on");
                    }
                    else if (type is "submit" or "image")
                    {
                        if (!buttonTaken) yield return new(name, value);
                        buttonTaken = true;
                    }
                    else if (type is not ("file" or "reset" or "button"))
                    {
                        yield return new(name, value);
                    }
                    break;
                case "button":
                    var kind = attributes.GetValueOrDefault("type", "submit").ToLowerInvariant();
                    if (kind == "submit" && !buttonTaken) yield return new(name, value);
                    if (kind == "submit") buttonTaken = true;
                    break;
                case "select":
                    var options = Option().Matches(control.Groups["inner"].Value)
                        .Select(o => (Attributes: AttributesOf(o.Groups["attributes"].Value), Text: o.Groups["text"].Value.Trim())).ToList();
                    if (options.Count == 0) break;
                    var chosen = options.FirstOrDefault(o => o.Attributes.ContainsKey("selected"));
                    if (chosen.Attributes is null) chosen = options[0];
                    yield return new(name, WebUtility.HtmlDecode(chosen.Attributes.GetValueOrDefault("value", chosen.Text)));
                    break;
                case "textarea":
                    yield return new(name, WebUtility.HtmlDecode(control.Groups["inner"].Value));
                    break;
            }
        }
    }

    /// <summary>Links that change something when followed say so: a method to fake, or a question to confirm.</summary>
    private static bool IsDestructive(Dictionary<string, string> attributes) =>
        attributes.Keys.Any(k => k is "data-method" or "data-confirm" or "data-turbo-method" or "hx-post" or "hx-delete" or "hx-put")
        || attributes.TryGetValue("onclick", out var onclick) && onclick.Contains("confirm", StringComparison.OrdinalIgnoreCase)
        || attributes.TryGetValue("onsubmit", out var onsubmit) && onsubmit.Contains("confirm", StringComparison.OrdinalIgnoreCase);

    private static bool IsSignOut(Uri target) =>
        target.AbsolutePath.Split('/').Any(segment => segment.Equals("Logout", StringComparison.OrdinalIgnoreCase)
            || segment.Equals("SignOut", StringComparison.OrdinalIgnoreCase) || segment.Equals("LogOff", StringComparison.OrdinalIgnoreCase));

    private static Uri? SameSite(Uri page, string href)
    {
        if (href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal)) return null;
        if (!Uri.TryCreate(page, href, out var target)) return null;
        if (target.Scheme is not ("http" or "https") || target.Host != Site.Host) return null;
        return new Uri(Site, target.PathAndQuery); // the fragment is the browser's business
    }

    /// <summary>The path with ids (GUIDs, numbers) counted as one, so that 300 detail pages of one kind are one path.</summary>
    private static string ShapeOf(string url)
    {
        var path = url.Split('?', 2)[0];
        return string.Join('/', path.Split('/').Select(s => Guid.TryParse(s, out _) || s.Length > 0 && s.All(char.IsAsciiDigit) ? "{id}" : s));
    }

    private static Dictionary<string, string> AttributesOf(string text) =>
        Attribute().Matches(text).GroupBy(m => m.Groups["name"].Value.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First() is var m && m.Groups["quoted"].Success ? m.Groups["quoted"].Value
                : m.Groups["single"].Success ? m.Groups["single"].Value : m.Groups["bare"].Value);

    [GeneratedRegex(@"<a\b(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<form\b(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex(@"<(?<tag>input|button)\b(?<attributes>[^>]*)>|<(?<tag>select|textarea)\b(?<attributes>[^>]*)>(?<inner>.*?)</\k<tag>>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Control();

    [GeneratedRegex(@"<option\b(?<attributes>[^>]*)>(?<text>[^<]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Option();

    [GeneratedRegex(@"(?<name>[^\s=/>""']+)(?:\s*=\s*(?:""(?<quoted>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s>]+)))?")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<main\b[^>]*\brole=""main""", RegexOptions.IgnoreCase)]
    private static partial Regex MainLandmark();
}
