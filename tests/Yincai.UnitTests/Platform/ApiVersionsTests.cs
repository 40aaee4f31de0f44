using Yincai.Platform.Api;

namespace Yincai.UnitTests.Platform;

/// <summary>The headers a client's HTTP library reads when an endpoint is on its way out: the RFC 9745 date as "@" and Unix seconds, the
/// RFC 8594 sunset as an HTTP date, the successor as a link.</summary>
public sealed class ApiVersionsTests
{
    [Fact]
    public void Deprecation_WithSunsetAndSuccessor_GivesTheThreeHeaders()
    {
        var since = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var sunset = new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.FromHours(8));

        var headers = ApiVersions.Headers(new ApiDeprecation(since, sunset, "/api/v2/graduates")).ToDictionary();

        Assert.Equal("@1798732800", headers["Deprecation"]);
        Assert.Equal("Wed, 30 Jun 2027 16:00:00 GMT", headers["Sunset"]);
        Assert.Equal("</api/v2/graduates>; rel=\"successor-version\"", headers["Link"]);
    }

    [Fact]
    public void Deprecation_Alone_SaysOnlySince()
    {
        var headers = ApiVersions.Headers(new ApiDeprecation(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000))).ToList();

        Assert.Equal([new("Deprecation", "@1700000000")], headers);
    }
}
