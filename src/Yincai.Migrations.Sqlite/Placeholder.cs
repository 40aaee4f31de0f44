namespace Yincai.Migrations.Sqlite; internal static class AssemblyMarker;
