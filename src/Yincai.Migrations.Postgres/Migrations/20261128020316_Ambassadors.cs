using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Ambassadors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ambassadors_ambassador",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    NativePlaceCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SchoolName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolProvinceCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Country = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Degree = table.Column<int>(type: "integer", nullable: false),
                    IsPhd = table.Column<bool>(type: "boolean", nullable: false),
                    ExpectedLeavingOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ActiveSince = table.Column<DateOnly>(type: "date", nullable: true),
                    ExitedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExitReason = table.Column<int>(type: "integer", nullable: true),
                    ExitNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExitFiled = table.Column<bool>(type: "boolean", nullable: false),
                    ReturnedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ThanksLetterDue = table.Column<bool>(type: "boolean", nullable: false),
                    WantsToReturn = table.Column<bool>(type: "boolean", nullable: false),
                    ReferralCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Reappointments = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_ambassador", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_certificate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AmbassadorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    VerificationCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExpiryNoticeSentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_certificate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_contribution",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AmbassadorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    BySelf = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_contribution", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_digest_schedule",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    IntervalDays = table.Column<int>(type: "integer", nullable: false),
                    LastSentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NextDueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_digest_schedule", x => x.RegionCode);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_evaluation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AmbassadorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Contributions = table.Column<int>(type: "integer", nullable: false),
                    Referrals = table.Column<int>(type: "integer", nullable: false),
                    ScoredBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ScoredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_evaluation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_filing_batch",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_filing_batch", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_filing_line",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmbassadorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SchoolName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_filing_line", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_filing_window",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_filing_window", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_letter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AmbassadorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OnExit = table.Column<bool>(type: "boolean", nullable: false),
                    SentBy = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_letter", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_referral",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AmbassadorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_referral", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_reward",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AmbassadorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ProposedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_reward", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_term",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AmbassadorId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    SchoolCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SchoolName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SchoolProvinceCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Country = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Degree = table.Column<int>(type: "integer", nullable: false),
                    IsPhd = table.Column<bool>(type: "boolean", nullable: false),
                    ExpectedLeavingOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<int>(type: "integer", nullable: true),
                    EndNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_term", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ambassadors_weight",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ambassadors_weight", x => x.Kind);
                });

            migrationBuilder.InsertData(
                table: "ambassadors_filing_window",
                columns: new[] { "Id", "DueOn", "Kind", "Year" },
                values: new object[,]
                {
                    { 1, new DateOnly(2023, 6, 30), 1, 2023 },
                    { 2, new DateOnly(2023, 11, 30), 2, 2023 },
                    { 3, new DateOnly(2024, 5, 31), 2, 2024 },
                    { 4, new DateOnly(2024, 11, 30), 2, 2024 },
                    { 5, new DateOnly(2025, 5, 31), 2, 2025 },
                    { 6, new DateOnly(2025, 11, 30), 2, 2025 },
                    { 7, new DateOnly(2026, 5, 31), 2, 2026 },
                    { 8, new DateOnly(2026, 11, 30), 2, 2026 },
                    { 9, new DateOnly(2027, 5, 31), 2, 2027 },
                    { 10, new DateOnly(2027, 11, 30), 2, 2027 },
                    { 11, new DateOnly(2028, 5, 31), 2, 2028 },
                    { 12, new DateOnly(2028, 11, 30), 2, 2028 },
                    { 13, new DateOnly(2029, 5, 31), 2, 2029 },
                    { 14, new DateOnly(2029, 11, 30), 2, 2029 },
                    { 15, new DateOnly(2030, 5, 31), 2, 2030 },
                    { 16, new DateOnly(2030, 11, 30), 2, 2030 },
                    { 17, new DateOnly(2031, 5, 31), 2, 2031 },
                    { 18, new DateOnly(2031, 11, 30), 2, 2031 },
                    { 19, new DateOnly(2032, 5, 31), 2, 2032 },
                    { 20, new DateOnly(2032, 11, 30), 2, 2032 },
                    { 21, new DateOnly(2033, 5, 31), 2, 2033 },
                    { 22, new DateOnly(2033, 11, 30), 2, 2033 },
                    { 23, new DateOnly(2034, 5, 31), 2, 2034 },
                    { 24, new DateOnly(2034, 11, 30), 2, 2034 },
                    { 25, new DateOnly(2035, 5, 31), 2, 2035 },
                    { 26, new DateOnly(2035, 11, 30), 2, 2035 }
                });

            migrationBuilder.InsertData(
                table: "ambassadors_weight",
                columns: new[] { "Kind", "Points" },
                values: new object[,]
                {
                    { 1, 2 },
                    { 2, 1 },
                    { 3, 3 },
                    { 4, 5 },
                    { 11, 1 },
                    { 12, 2 },
                    { 13, 10 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_ambassador_ReferralCode",
                table: "ambassadors_ambassador",
                column: "ReferralCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_ambassador_RegionCode_Status",
                table: "ambassadors_ambassador",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_ambassador_TalentId",
                table: "ambassadors_ambassador",
                column: "TalentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_certificate_AmbassadorId",
                table: "ambassadors_certificate",
                column: "AmbassadorId");

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_certificate_ExpiresOn",
                table: "ambassadors_certificate",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_certificate_Number",
                table: "ambassadors_certificate",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_certificate_VerificationCode",
                table: "ambassadors_certificate",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_contribution_AmbassadorId_On",
                table: "ambassadors_contribution",
                columns: new[] { "AmbassadorId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_evaluation_AmbassadorId_Year",
                table: "ambassadors_evaluation",
                columns: new[] { "AmbassadorId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_evaluation_Year_Score",
                table: "ambassadors_evaluation",
                columns: new[] { "Year", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_filing_batch_RegionCode_Status",
                table: "ambassadors_filing_batch",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_filing_line_AmbassadorId",
                table: "ambassadors_filing_line",
                column: "AmbassadorId");

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_filing_line_BatchId",
                table: "ambassadors_filing_line",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_filing_window_DueOn",
                table: "ambassadors_filing_window",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_letter_AmbassadorId",
                table: "ambassadors_letter",
                column: "AmbassadorId");

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_referral_AmbassadorId_AtUtc",
                table: "ambassadors_referral",
                columns: new[] { "AmbassadorId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_reward_AmbassadorId",
                table: "ambassadors_reward",
                column: "AmbassadorId");

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_term_AmbassadorId",
                table: "ambassadors_term",
                column: "AmbassadorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ambassadors_ambassador");

            migrationBuilder.DropTable(
                name: "ambassadors_certificate");

            migrationBuilder.DropTable(
                name: "ambassadors_contribution");

            migrationBuilder.DropTable(
                name: "ambassadors_digest_schedule");

            migrationBuilder.DropTable(
                name: "ambassadors_evaluation");

            migrationBuilder.DropTable(
                name: "ambassadors_filing_batch");

            migrationBuilder.DropTable(
                name: "ambassadors_filing_line");

            migrationBuilder.DropTable(
                name: "ambassadors_filing_window");

            migrationBuilder.DropTable(
                name: "ambassadors_letter");

            migrationBuilder.DropTable(
                name: "ambassadors_referral");

            migrationBuilder.DropTable(
                name: "ambassadors_reward");

            migrationBuilder.DropTable(
                name: "ambassadors_term");

            migrationBuilder.DropTable(
                name: "ambassadors_weight");
        }
    }
}
