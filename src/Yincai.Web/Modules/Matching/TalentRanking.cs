using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Yincai.Modules.Matching.Scoring;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>
/// The best talents for a job, as ids and scores: from this copy's index, or, when <see cref="MatchingOptions.TalentsUrl"/>
/// names the copy that holds the talent side, from that copy. Ten million talents do not fit in every copy (README: "The
/// talent side in one copy"); jobs do, so only this question travels.
/// </summary>
public interface ITalentRanking
{
    /// <summary>Best first, at most <paramref name="take"/>, among talents of <paramref name="scopePrefix"/> (null: all);
    /// <see cref="MatchingNotReadyException"/> when the copy holding them cannot answer.</summary>
    Task<IReadOnlyList<Scored<Guid>>> TalentsForAsync(JobFeatures job, int take, string? scopePrefix, CancellationToken cancellationToken);
}

/// <summary>This copy holds the talent side.</summary>
public sealed class LocalTalentRanking(MatchIndex index, FeatureMapper mapper, ChinaClock clock) : ITalentRanking
{
    public Task<IReadOnlyList<Scored<Guid>>> TalentsForAsync(JobFeatures job, int take, string? scopePrefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Scored<Guid>>>(index.TalentsFor(job, mapper.Scorer(clock.Today.Year), take, scopePrefix)
            .Select(r => new Scored<Guid>(r.Item.Id, r.Score)).ToList());
}

/// <summary>Asks the copy at <see cref="MatchingOptions.TalentsUrl"/> (<see cref="TalentRankingEndpoint"/>), with the shared key.</summary>
public sealed partial class RemoteTalentRanking(HttpClient http, IOptions<MatchingOptions> options, ILogger<RemoteTalentRanking> logger)
    : ITalentRanking
{
    public async Task<IReadOnlyList<Scored<Guid>>> TalentsForAsync(JobFeatures job, int take, string? scopePrefix,
        CancellationToken cancellationToken)
    {
        var o = options.Value;
        var query = $"?take={take}" + (scopePrefix is null ? "" : "&scope=" + Uri.EscapeDataString(scopePrefix));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(o.TalentsUrl!), TalentRankingEndpoint.Path + query))
        {
            Content = new ByteArrayContent(MatchIndexSnapshot.EncodeJob(job)),
        };
        request.Headers.Add(TalentRankingEndpoint.KeyHeader, o.TalentsKey);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                LogRefused(o.TalentsUrl, (int)response.StatusCode);
                throw new MatchingNotReadyException();
            }
            return TalentRankingEndpoint.Decode(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        catch (Exception e) when (e is HttpRequestException or InvalidDataException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFailed(e, o.TalentsUrl);
            throw new MatchingNotReadyException();
        }
    }

    [LoggerMessage(LogLevel.Warning, "The talent side at {Url} answered {Status}")]
    private partial void LogRefused(string? url, int status);

    [LoggerMessage(LogLevel.Warning, "The talent side at {Url} could not be asked")]
    private partial void LogFailed(Exception e, string? url);
}

/// <summary>
/// <c>POST /internal/matching/talents</c> on the copy that holds the talent side: the body is a job's features, the answer
/// the ids and scores of its best talents (16 + 4 bytes each). Only for a caller with <see cref="MatchingOptions.TalentsKey"/>;
/// 404 on a copy that has no key or holds no talents, so nothing of it is reachable by default.
/// </summary>
public static class TalentRankingEndpoint
{
    public const string Path = "/internal/matching/talents";
    public const string KeyHeader = "X-Yincai-Matching-Key";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Path, HandleAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext http, LocalTalentRanking local, MatchingSync sync, FeatureMapper mapper,
        IOptions<MatchingOptions> options, int? take, string? scope)
    {
        var o = options.Value;
        if (o.TalentsKey is not { Length: > 0 } key || !sync.HoldsTalents) return Results.NotFound();
        var given = http.Request.Headers[KeyHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key))) return Results.Unauthorized();
        if (!sync.IsReady) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (take is not (> 0 and <= 1000) || scope is { Length: > 12 }) return Results.BadRequest();
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        JobFeatures job;
        try { job = MatchIndexSnapshot.DecodeJob(body.ToArray(), mapper); }
        catch (InvalidDataException) { return Results.BadRequest(); }
        var ranked = await local.TalentsForAsync(job, take.Value, string.IsNullOrEmpty(scope) ? null : scope, http.RequestAborted);
        return Results.Bytes(Encode(ranked), "application/octet-stream");
    }

    public static byte[] Encode(IReadOnlyList<Scored<Guid>> ranked)
    {
        var bytes = new byte[ranked.Count * 20];
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i].Item.TryWriteBytes(bytes.AsSpan(i * 20, 16));
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 20 + 16, 4), ranked[i].Score);
        }
        return bytes;
    }

    public static IReadOnlyList<Scored<Guid>> Decode(byte[] bytes)
    {
        if (bytes.Length % 20 != 0) throw new InvalidDataException("Not a list of talents and scores.");
        var ranked = new List<Scored<Guid>>(bytes.Length / 20);
        for (var i = 0; i < bytes.Length; i += 20)
            ranked.Add(new Scored<Guid>(new Guid(bytes.AsSpan(i, 16)), BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i + 16, 4))));
        return ranked;
    }
}
