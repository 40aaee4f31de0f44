using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BenefitClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Instalments",
                table: "benefits_benefit",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "benefits_application",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BenefitId = table.Column<Guid>(type: "uuid", nullable: false),
                    BenefitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RulesId = table.Column<Guid>(type: "uuid", nullable: false),
                    RulesNumber = table.Column<int>(type: "integer", nullable: false),
                    Claimant = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ClaimantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApplicantUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    ConditionsJson = table.Column<string>(type: "character varying(30000)", maxLength: 30000, nullable: false),
                    InputsJson = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_application", x => x.Id);
                    table.CheckConstraint("ck_benefits_application_amount", "\"Amount\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "benefits_batch",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_batch", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "benefits_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Condition = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "benefits_finding",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BenefitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RulesId = table.Column<Guid>(type: "uuid", nullable: false),
                    Claimant = table.Column<int>(type: "integer", nullable: false),
                    ClaimantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    FoundAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_finding", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "benefits_grant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BenefitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Half = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_grant", x => x.Id);
                    table.CheckConstraint("ck_benefits_grant_half", "\"Half\" IN (1, 2) AND \"Amount\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "benefits_run",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Incremental = table.Column<bool>(type: "boolean", nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StartedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Benefits = table.Column<int>(type: "integer", nullable: false),
                    Talents = table.Column<int>(type: "integer", nullable: false),
                    Employers = table.Column<int>(type: "integer", nullable: false),
                    Found = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_run", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_UpdatedAtUtc",
                table: "talents_talent",
                column: "UpdatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_benefits_application_ApplicantUserId",
                table: "benefits_application",
                column: "ApplicantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_benefits_application_BatchId",
                table: "benefits_application",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_benefits_application_ClaimantId_BenefitId",
                table: "benefits_application",
                columns: new[] { "ClaimantId", "BenefitId" });

            migrationBuilder.CreateIndex(
                name: "IX_benefits_application_RegionCode_Status_AppliedAtUtc",
                table: "benefits_application",
                columns: new[] { "RegionCode", "Status", "AppliedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "ux_benefits_application_pending",
                table: "benefits_application",
                columns: new[] { "BenefitId", "ClaimantId", "Period" },
                unique: true,
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_benefits_batch_Number",
                table: "benefits_batch",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_benefits_batch_RegionCode_CreatedAtUtc",
                table: "benefits_batch",
                columns: new[] { "RegionCode", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_benefits_evidence_ApplicationId",
                table: "benefits_evidence",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_benefits_finding_BenefitId_ClaimantId",
                table: "benefits_finding",
                columns: new[] { "BenefitId", "ClaimantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_benefits_finding_ClaimantId",
                table: "benefits_finding",
                column: "ClaimantId");

            migrationBuilder.CreateIndex(
                name: "IX_benefits_finding_RegionCode_FoundAtUtc",
                table: "benefits_finding",
                columns: new[] { "RegionCode", "FoundAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_benefits_grant_ApplicationId",
                table: "benefits_grant",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_benefits_grant_BenefitId_ClaimantId_Period_Half",
                table: "benefits_grant",
                columns: new[] { "BenefitId", "ClaimantId", "Period", "Half" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_benefits_grant_ClaimantId",
                table: "benefits_grant",
                column: "ClaimantId");

            migrationBuilder.CreateIndex(
                name: "IX_benefits_run_StartedAtUtc",
                table: "benefits_run",
                column: "StartedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benefits_application");

            migrationBuilder.DropTable(
                name: "benefits_batch");

            migrationBuilder.DropTable(
                name: "benefits_evidence");

            migrationBuilder.DropTable(
                name: "benefits_finding");

            migrationBuilder.DropTable(
                name: "benefits_grant");

            migrationBuilder.DropTable(
                name: "benefits_run");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_UpdatedAtUtc",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "Instalments",
                table: "benefits_benefit");
        }
    }
}
