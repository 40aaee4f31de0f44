using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JobSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "jobs_job",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // The jobs already stored get the text Job.SearchTextOf would give them: title, description, employer and tags
            // joined by spaces, full-width forms folded to half-width (the ideographic space to a space), A-Z lower-cased.
            const string joined = """
                "Title" || ' ' || "Description" || ' ' || "EmployerName" || coalesce((SELECT ' ' || group_concat(value, ' ') FROM json_each("Tags")), '')
                """;
            migrationBuilder.Sql($"""UPDATE jobs_job SET "SearchText" = lower({Folded(joined)})""");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_Status_PublishedAtUtc",
                table: "jobs_job",
                columns: new[] { "Status", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan",
                table: "jobs_job",
                columns: new[] { "Status", "SalaryMaxYuan" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_application_EmployerId_Status",
                table: "jobs_application",
                columns: new[] { "EmployerId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_jobs_job_Status_PublishedAtUtc",
                table: "jobs_job");

            migrationBuilder.DropIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan",
                table: "jobs_job");

            migrationBuilder.DropIndex(
                name: "IX_jobs_application_EmployerId_Status",
                table: "jobs_application");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "jobs_job");
        }

        // SQLite's lower() folds only A-Z, as SearchTerms does; the full-width forms are replaced one by one.
        internal static string Folded(string expression)
        {
            for (var c = '\uFF01'; c <= '\uFF5E'; c++) expression = $"replace({expression}, '{Literal(c.ToString())}', '{Literal(((char)(c - 0xFEE0)).ToString())}')";
            return $"replace({expression}, '\u3000', ' ')";
        }

        private static string Literal(string text) => text.Replace("'", "''");
    }
}
