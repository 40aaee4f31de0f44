namespace Yincai.Migrations.Postgres; internal static class AssemblyMarker;
