using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Jobs;

/// <summary>An amount range in 万元 as people read it, either bound possibly open (预算面议 when both are).</summary>
public static class WanRange
{
    public static string Text(IStringLocalizer text, int? min, int? max) => (min, max) switch
    {
        (null, null) => text["Wan_Open"],
        ({ } from, null) => text["Wan_From", from],
        (null, { } to) => text["Wan_UpTo", to],
        ({ } from, { } to) when from == to => text["Wan_Exact", from],
        ({ } from, { } to) => text["Wan_Between", from, to],
    };
}
