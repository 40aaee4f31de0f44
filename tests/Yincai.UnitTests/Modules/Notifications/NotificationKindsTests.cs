using System.Globalization;
using System.Reflection;
using System.Resources;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.UnitTests.Modules.Notifications;

/// <summary>Every kind of message can be written in both languages: its title, its body and its name (the delivery list's).</summary>
public sealed class NotificationKindsTests
{
    private static readonly ResourceManager Templates = new(typeof(NotificationsResource));

    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var field in typeof(NotificationKinds).GetFields(BindingFlags.Public | BindingFlags.Static))
            if (field.GetValue(null) is NotificationKind kind) keys.Add(kind.Key);
        return keys;
    }

    [Fact]
    public void Keys_AreUnique()
    {
        var keys = Keys().Select(k => (string)k.Data).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Kind_HasItsTitleBodyAndName_InChineseAndInEnglish(string key)
    {
        // The neutral resources are the Chinese ones; the English set is read alone, without falling back to the Chinese.
        var chinese = Templates.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var english = Templates.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false)!;

        foreach (var part in new[] { "Title", "Body", "Name" })
        {
            var name = $"Tpl_{key}_{part}";
            Assert.False(string.IsNullOrWhiteSpace(chinese.GetString(name)), name + " (zh-CN)");
            Assert.False(string.IsNullOrWhiteSpace(english.GetString(name)), name + " (en)");
            Assert.NotEqual(chinese.GetString(name), english.GetString(name));
        }
    }
}
