using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>Runs work in a transaction unless the caller already opened one (an approval carrying out the change it approves).</summary>
internal static class AccountsTransaction
{
    public static async Task<Result<T>> RunAsync<T>(YincaiDb db, Func<Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null) return await work();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        if (!result.IsError) await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
