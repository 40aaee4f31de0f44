using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Shortlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "jobs_shortlist",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_shortlist", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_shortlist_EmployerId_CreatedAtUtc",
                table: "jobs_shortlist",
                columns: new[] { "EmployerId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_shortlist_EmployerId_TalentId",
                table: "jobs_shortlist",
                columns: new[] { "EmployerId", "TalentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jobs_shortlist_TalentId",
                table: "jobs_shortlist",
                column: "TalentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jobs_shortlist");
        }
    }
}
