using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Yincai.Platform;

namespace Yincai.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider; never used at run time.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<YincaiDb>
{
    public YincaiDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<YincaiDb>();
        DatabaseOptions.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=yincai;Username=postgres");
        return new YincaiDb(options.Options);
    }
}
