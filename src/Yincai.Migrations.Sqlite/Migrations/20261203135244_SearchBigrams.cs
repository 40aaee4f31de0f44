using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchBigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchBigrams",
                table: "jobs_job",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
            // No backfill and no index: JobSearch reads SearchBigrams on PostgreSQL only (the demo size needs no index).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchBigrams",
                table: "jobs_job");
        }
    }
}
