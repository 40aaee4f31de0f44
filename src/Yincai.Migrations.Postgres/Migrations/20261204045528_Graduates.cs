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
                    StandardMetYear = table.Column<int>(type: "integer", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    WorkKey = table.Column<DateOnly>(type: "date", nullable: false),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_graduate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_help_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GraduateId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosingNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_help_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_help_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Action = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_help_step", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_internship",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GraduateId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    HostEmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    HostName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Basis = table.Column<int>(type: "integer", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IntakeYear = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_internship", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "graduates_service_standard",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    RequirementsJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_service_standard", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_CohortYear_RegionCode_RegisteredOn",
                table: "graduates_graduate",
                columns: new[] { "CohortYear", "RegionCode", "RegisteredOn" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "varchar_pattern_ops", "date_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_OfficerId_Outcome_WorkKey",
                table: "graduates_graduate",
                columns: new[] { "OfficerId", "Outcome", "WorkKey" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_RegionCode_ContactDueOn",
                table: "graduates_graduate",
                columns: new[] { "RegionCode", "ContactDueOn" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops", "date_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_Intention_StandardMet~",
                table: "graduates_graduate",
                columns: new[] { "RegionCode", "Outcome", "Intention", "StandardMetYear" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops", "int4_ops", "int4_ops", "int4_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_WorkKey_RegisteredAtU~",
                table: "graduates_graduate",
                columns: new[] { "RegionCode", "Outcome", "WorkKey", "RegisteredAtUtc", "Id" },
                descending: new[] { false, false, false, true, false })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops", "int4_ops", "date_ops", "timestamptz_ops", "uuid_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_TalentId",
                table: "graduates_graduate",
                column: "TalentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_graduates_help_plan_GraduateId",
                table: "graduates_help_plan",
                column: "GraduateId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_graduates_help_step_PlanId_DueOn",
                table: "graduates_help_step",
                columns: new[] { "PlanId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_internship_GraduateId_StartOn",
                table: "graduates_internship",
                columns: new[] { "GraduateId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_internship_HostEmployerId_IntakeYear_Outcome",
                table: "graduates_internship",
                columns: new[] { "HostEmployerId", "IntakeYear", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_internship_RegionCode_Outcome_EndOn",
                table: "graduates_internship",
                columns: new[] { "RegionCode", "Outcome", "EndOn" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_outcome_CohortYear_RegionCode_OnDate",
                table: "graduates_outcome",
                columns: new[] { "CohortYear", "RegionCode", "OnDate" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "varchar_pattern_ops", "date_ops" });

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

            migrationBuilder.CreateIndex(
                name: "IX_graduates_service_standard_RegionCode",
                table: "graduates_service_standard",
                column: "RegionCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "graduates_graduate");

            migrationBuilder.DropTable(
                name: "graduates_help_plan");

            migrationBuilder.DropTable(
                name: "graduates_help_step");

            migrationBuilder.DropTable(
                name: "graduates_internship");

            migrationBuilder.DropTable(
                name: "graduates_outcome");

            migrationBuilder.DropTable(
                name: "graduates_service");

            migrationBuilder.DropTable(
                name: "graduates_service_standard");
        }
    }
}
