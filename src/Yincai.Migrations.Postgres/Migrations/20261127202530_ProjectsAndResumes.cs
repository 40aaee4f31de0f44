using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProjectsAndResumes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "MajorCodes",
                table: "jobs_job",
                type: "text[]",
                nullable: false,
                defaultValueSql: "\'{}\'::text[]");

            migrationBuilder.AddColumn<int>(
                name: "MinExperienceYears",
                table: "jobs_job",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OccupationCode",
                table: "jobs_job",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Tags",
                table: "jobs_job",
                type: "text[]",
                nullable: false,
                defaultValueSql: "\'{}\'::text[]");

            migrationBuilder.AddColumn<Guid>(
                name: "ResumeId",
                table: "jobs_application",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResumeText",
                table: "jobs_application",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResumeTitle",
                table: "jobs_application",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "jobs_project_demand",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IndustryCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    BudgetMinWan = table.Column<int>(type: "integer", nullable: true),
                    BudgetMaxWan = table.Column<int>(type: "integer", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_project_demand", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jobs_talent_project",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerMaskedName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IndustryCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    FundingSoughtWan = table.Column<int>(type: "integer", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_talent_project", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_IndustryCode_Status",
                table: "jobs_job",
                columns: new[] { "IndustryCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_project_demand_EmployerId",
                table: "jobs_project_demand",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_project_demand_RegionCode_Status",
                table: "jobs_project_demand",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_project_demand_Status_ValidUntil",
                table: "jobs_project_demand",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_talent_project_RegionCode_Status",
                table: "jobs_talent_project",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_talent_project_Status_ValidUntil",
                table: "jobs_talent_project",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_talent_project_TalentId",
                table: "jobs_talent_project",
                column: "TalentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jobs_project_demand");

            migrationBuilder.DropTable(
                name: "jobs_talent_project");

            migrationBuilder.DropIndex(
                name: "IX_jobs_job_IndustryCode_Status",
                table: "jobs_job");

            migrationBuilder.DropColumn(
                name: "MajorCodes",
                table: "jobs_job");

            migrationBuilder.DropColumn(
                name: "MinExperienceYears",
                table: "jobs_job");

            migrationBuilder.DropColumn(
                name: "OccupationCode",
                table: "jobs_job");

            migrationBuilder.DropColumn(
                name: "Tags",
                table: "jobs_job");

            migrationBuilder.DropColumn(
                name: "ResumeId",
                table: "jobs_application");

            migrationBuilder.DropColumn(
                name: "ResumeText",
                table: "jobs_application");

            migrationBuilder.DropColumn(
                name: "ResumeTitle",
                table: "jobs_application");
        }
    }
}
