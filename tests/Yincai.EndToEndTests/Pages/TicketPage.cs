using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>入场码 (Modules/Events/Ticket.cshtml): the QR code and the code to type.</summary>
public sealed class TicketPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Events/Ticket";

    protected override string ScreenshotName => "ticket";

    public ILocator Qr => Main.GetByRole(AriaRole.Img, new() { Name = "入场二维码", Exact = true });

    public ILocator Code => Main.GetByTestId("ticket-code");
}
