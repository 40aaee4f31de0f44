using Yincai.Platform;

namespace Yincai.Modules.Notifications;

/// <summary>A message in one user's in-app inbox.</summary>
public sealed class Notification
{
    private Notification() { }

    public Notification(Guid recipientId, string title, string body, string? link, DateTime createdAtUtc)
    {
        Id = Ids.New();
        (RecipientId, Title, Body, Link, CreatedAtUtc) = (recipientId, title, body, link, createdAtUtc);
    }

    /// <summary>A message kept as template key and values (see <see cref="MessageTemplates"/>), rendered in the reader's language.</summary>
    public static Notification FromTemplate(Guid recipientId, string templateKey, string values, string? link, DateTime createdAtUtc) =>
        new(recipientId, "", "", link, createdAtUtc) { TemplateKey = templateKey, Values = values };

    public Guid Id { get; private set; }

    /// <summary>Null for messages stored as text (written before templates).</summary>
    public string? TemplateKey { get; private set; }

    public string? Values { get; private set; }
    public Guid RecipientId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
