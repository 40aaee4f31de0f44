using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Graduates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "graduates_graduate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    FromElsewhere = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    CohortYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Intention = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContactDueEstimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_graduate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_outcome",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GraduateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    CohortYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_outcome", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_service",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GraduateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    JobIds = table.Column<string>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_service", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_CohortYear_RegionCode",
                table: "graduates_graduate",
                columns: new[] { "CohortYear", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_OfficerId_Outcome_ContactDueOn",
                table: "graduates_graduate",
                columns: new[] { "OfficerId", "Outcome", "ContactDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_ContactDueOn_RegisteredAtUtc",
                table: "graduates_graduate",
                columns: new[] { "RegionCode", "Outcome", "ContactDueOn", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_TalentId",
                table: "graduates_graduate",
                column: "TalentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_graduates_outcome_GraduateId_OnDate",
                table: "graduates_outcome",
                columns: new[] { "GraduateId", "OnDate" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_service_GraduateId_OnDate",
                table: "graduates_service",
                columns: new[] { "GraduateId", "OnDate" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_service_RegionCode_OnDate",
                table: "graduates_service",
                columns: new[] { "RegionCode", "OnDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "graduates_graduate");

            migrationBuilder.DropTable(
                name: "graduates_outcome");

            migrationBuilder.DropTable(
                name: "graduates_service");
        }
    }
}
