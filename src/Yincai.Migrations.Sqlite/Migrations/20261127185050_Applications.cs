using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmployerName",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Employment",
                table: "talents_talent",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "EmploymentChangedAtUtc",
                table: "talents_talent",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "jobs_application",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReferredByStationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HiredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_application", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_application_JobId_TalentId",
                table: "jobs_application",
                columns: new[] { "JobId", "TalentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jobs_application_RegionCode_Status",
                table: "jobs_application",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_application_TalentUserId",
                table: "jobs_application",
                column: "TalentUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jobs_application");

            migrationBuilder.DropColumn(
                name: "EmployerName",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "Employment",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "EmploymentChangedAtUtc",
                table: "talents_talent");
        }
    }
}
