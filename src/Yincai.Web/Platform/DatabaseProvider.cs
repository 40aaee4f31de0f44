namespace Yincai.Platform;

public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}
