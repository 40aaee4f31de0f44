using System.Reflection;
using Xunit.v3;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>
/// After every test, whether it passed or not: fails it when any browser page it opened saw a console error, an uncaught
/// script error or a failed request (<see cref="BrowserSession"/>), so that no test has to remember to ask.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class NoBrowserErrorsAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest, IXunitTest test) => BrowserSession.AssertNoBrowserErrorsOf(test.UniqueID);
}
