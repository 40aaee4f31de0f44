using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
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
                type: "text",
                nullable: false,
                defaultValue: "");

            // The jobs already stored get the text Job.SearchTextOf would give them: title, description, employer and tags
            // joined by spaces, full-width forms folded to half-width (the ideographic space to a space), A-Z lower-cased.
            migrationBuilder.Sql($"""
                UPDATE jobs_job SET "SearchText" = translate("Title" || ' ' || "Description" || ' ' || "EmployerName" || coalesce(' ' || nullif(array_to_string("Tags", ' '), ''), ''), '{Literal(From)}', '{Literal(To)}')
                """);

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

        internal static readonly string From = string.Concat(Enumerable.Range('A', 26).Concat(Enumerable.Range(0xFF01, 0x5E)).Append(0x3000).Select(c => (char)c));

        internal static string To => string.Concat(From.Select(Fold));

        // Exactly SearchTerms.Fold: full-width forms to half-width, the ideographic space to a space, then A-Z lower-cased.
        private static char Fold(char c)
        {
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
            else if (c == '\u3000') c = ' ';
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        internal static string Literal(string text) => text.Replace("'", "''");
    }
}
