using Yincai.Platform;

namespace Yincai.UnitTests.Platform;

public sealed class NavigationEntryTests
{
    private static NavigationLink Link(string key, int? count) =>
        new(new NavigationItem(key, "/" + key, "policy", typeof(NavigationEntryTests), 0, NavigationGroup.Postings), key, count);

    [Theory]
    [InlineData(0, "0")]
    [InlineData(99, "99")]
    [InlineData(100, "99+")]
    public void Show_CountAtOrPastTheCap_ReadsAsCapPlus(int count, string expected) =>
        Assert.Equal(expected, NavigationEntry.Show(count));

    [Fact]
    public void Count_OfAMenu_AddsItsLinksAndStaysCapped()
    {
        var menu = new NavigationEntry(NavigationGroup.Postings, "岗位与项目", [Link("a", 60), Link("b", null), Link("c", 60)]);

        Assert.True(menu.IsMenu);
        Assert.Equal("99+", NavigationEntry.Show(menu.Count));
    }
}
