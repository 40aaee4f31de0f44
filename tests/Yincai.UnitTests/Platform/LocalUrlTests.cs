using Yincai.Platform;

namespace Yincai.UnitTests.Platform;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/Jobs\r\nSet-Cookie: a=b")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("~/Jobs")]
    public void OrFallback_NotALocalPath_GivesTheFallback(string? url)
    {
        Assert.Equal("/home", LocalUrl.OrFallback(url, "/home"));
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/Jobs/View?id=1&x=%2F", "/Jobs/View?id=1&x=%2F")]
    [InlineData("/Jobs?q=会计", "/Jobs?q=%E4%BC%9A%E8%AE%A1")]
    [InlineData("/Jobs?q=a b", "/Jobs?q=a%20b")]
    public void OrFallback_LocalPath_KeepsItInAscii(string url, string expected)
    {
        Assert.Equal(expected, LocalUrl.OrFallback(url, "/home"));
    }
}
