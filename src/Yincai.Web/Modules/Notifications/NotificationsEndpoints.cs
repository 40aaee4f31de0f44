using Microsoft.AspNetCore.Http.HttpResults;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Notifications;

/// <summary>/api/v1/notifications/me: the signed-in account's inbox for an app, newest first, each message in the caller's language
/// (<c>Accept-Language</c>), and marking one read.</summary>
public static class NotificationsEndpoints
{
    public const int PageSize = 20;

    public static void Map(IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/notifications/me").WithTags("Notifications").RequireAuthorization();
        me.MapGet("/", List);
        me.MapPost("/{id:guid}/read", Read);
    }

    public sealed record MessageItem(Guid Id, string Title, string Body, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

    public sealed record InboxPage(IReadOnlyList<MessageItem> Items, int Page, int PageSize, int Total, bool TotalIsCapped, int Unread);

    private static async Task<Ok<InboxPage>> List(int? page, Inbox inbox, MessageTemplates templates, CurrentUser user, CancellationToken cancellationToken)
    {
        var userId = user.Id!.Value;
        var found = await inbox.For(userId).ToCappedPagedListAsync(Inbox.Newest, page ?? 1, PageSize, cancellationToken);
        var items = found.Items.Select(n =>
        {
            var text = templates.Render(n);
            return new MessageItem(n.Id, text.Title, text.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc);
        }).ToList();
        return TypedResults.Ok(new InboxPage(items, found.Page, found.PageSize, found.Total, found.TotalIsCapped,
            await inbox.UnreadCountAsync(userId, cancellationToken)));
    }

    private static async Task<Results<NoContent, NotFound>> Read(Guid id, Inbox inbox, CurrentUser user, CancellationToken cancellationToken) =>
        await inbox.MarkReadAsync(user.Id!.Value, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
