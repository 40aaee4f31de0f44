using System.Text;
using Yincai.Modules.Events;

namespace Yincai.UnitTests.Modules.Events;

public sealed class TicketCodesTests
{
    private static readonly TicketCodes Codes = new(Encoding.ASCII.GetBytes("unit-test-root-key-0123456789abc"));
    private static readonly Guid Event = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");
    private static readonly Guid Registration = Guid.Parse("0195f0a0-0000-7000-8000-000000000002");

    [Fact]
    public void Code_IsNumberDashTenCharacters_AndVerifies()
    {
        var code = Codes.Code(Event, Registration, 37);

        Assert.Matches(@"\A37-[0-9A-HJKMNP-TV-Z]{10}\z", code);
        Assert.True(TicketCodes.TryParse(code, out var named, out var number, out var mac));
        Assert.Null(named);
        Assert.Equal(37, number);
        Assert.True(Codes.Verify(Event, Registration, 37, mac));
    }

    [Fact]
    public void Verify_OtherEventOrRegistrationOrNumberOrKey_Fails()
    {
        TicketCodes.TryParse(Codes.Code(Event, Registration, 5), out _, out _, out var mac);

        Assert.False(Codes.Verify(Guid.CreateVersion7(), Registration, 5, mac));
        Assert.False(Codes.Verify(Event, Guid.CreateVersion7(), 5, mac));
        Assert.False(Codes.Verify(Event, Registration, 6, mac));
        Assert.False(new TicketCodes(Encoding.ASCII.GetBytes("another-root-key-0123456789abcde")).Verify(Event, Registration, 5, mac));
    }

    [Fact]
    public void TryParse_QrPayload_NamesTheEvent()
    {
        var payload = Codes.QrPayload(Event, Registration, 12);

        Assert.True(TicketCodes.TryParse(payload, out var named, out var number, out var mac));
        Assert.Equal(Event, named);
        Assert.Equal(12, number);
        Assert.True(Codes.Verify(Event, Registration, 12, mac));
    }

    [Fact]
    public void TryParse_TypedWithSpacesLowerCaseAndLookAlikes_IsForgiven()
    {
        var code = Codes.Code(Event, Registration, 8);
        var typed = " " + code.ToLowerInvariant().Replace('0', 'o').Replace('1', 'l').Insert(4, " ") + " ";

        Assert.True(TicketCodes.TryParse(typed, out _, out var number, out var mac));
        Assert.True(Codes.Verify(Event, Registration, number, mac));
    }

    [Theory]
    [InlineData("")]
    [InlineData("37")]
    [InlineData("-ABCDEFGHJK")]
    [InlineData("0-ABCDEFGHJK")]
    [InlineData("37-ABC")]
    [InlineData("37-ABCDEFGHJU")]
    [InlineData("YCE1:nothex:37-ABCDEFGHJK")]
    public void TryParse_Malformed_IsRefused(string input) => Assert.False(TicketCodes.TryParse(input, out _, out _, out _));
}
