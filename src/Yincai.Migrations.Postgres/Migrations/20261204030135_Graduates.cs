using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    FromElsewhere = table.Column<bool>(type: "boolean", nullable: false),
                    SearchRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    CohortYear = table.Column<int>(type: "integer", nullable: false),
                    Intention = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContactDueEstimated = table.Column<bool>(type: "boolean", nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_graduate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_outcome",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GraduateId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    CohortYear = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_outcome", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_service",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GraduateId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    OnDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    JobIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_graduates_graduate_RegionCode_Outcome_ContactDueOn_Register~",
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
