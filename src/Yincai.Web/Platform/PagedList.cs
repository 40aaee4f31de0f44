using Microsoft.EntityFrameworkCore;

namespace Yincai.Platform;

/// <summary>One page of a server-side list, with what the pager needs.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool TotalIsCapped = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

public static class PagedListExtensions
{
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }

    /// <summary>
    /// Like <see cref="ToPagedListAsync{T}"/> for lists that may hold millions of rows: counts at most
    /// <paramref name="countCap"/> rows (shown as "10,000+") and pages no deeper than that, so neither the count
    /// nor a deep OFFSET ever walks the whole table. Narrowing filters or an export reach the rest.
    /// </summary>
    /// <param name="filtered">The rows, unordered: counting them in an order would make the database sort them all.</param>
    /// <param name="ordered">The same rows in page order, projected.</param>
    public static async Task<PagedList<T>> ToCappedPagedListAsync<TSource, T>(this IQueryable<TSource> filtered,
        Func<IQueryable<TSource>, IQueryable<T>> ordered, int page, int pageSize, int countCap, CancellationToken cancellationToken)
    {
        var counted = await filtered.Take(countCap + 1).CountAsync(cancellationToken);
        var capped = counted > countCap;
        var total = Math.Min(counted, countCap);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await ordered(filtered).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total, capped);
    }
}
