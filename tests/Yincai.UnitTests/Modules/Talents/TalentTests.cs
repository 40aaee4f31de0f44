using Yincai.Modules.Talents;

namespace Yincai.UnitTests.Modules.Talents;

public sealed class TalentTests
{
    [Theory]
    [InlineData("张三明", "张*明")]
    [InlineData("李明", "李*")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("王", "王")]
    public void MaskName_ChineseNames_KeepFirstAndLast(string name, string masked) =>
        Assert.Equal(masked, Talent.MaskName(name));
}
