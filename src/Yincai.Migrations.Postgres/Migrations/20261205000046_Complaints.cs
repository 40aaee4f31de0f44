using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Complaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BlacklistReason",
                table: "employers_employer",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "BlacklistedAtUtc",
                table: "employers_employer",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "BlacklistedBy",
                table: "employers_employer",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "complaints_complaint",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: true),
                    JobId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgainstName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    AssignedRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Routing = table.Column<int>(type: "integer", nullable: false),
                    FilerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    FilerNameCipher = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FilerMobileCipher = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedMonth = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemindOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemindedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EscalatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EscalatedToRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    DueEstimated = table.Column<bool>(type: "boolean", nullable: false),
                    HandledBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Upheld = table.Column<bool>(type: "boolean", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Actions = table.Column<int>(type: "integer", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_complaint", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "complaints_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints_step", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_employers_employer_Name",
                table: "employers_employer",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaint_AssignedRegionCode_Status",
                table: "complaints_complaint",
                columns: new[] { "AssignedRegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaint_EmployerId_Upheld",
                table: "complaints_complaint",
                columns: new[] { "EmployerId", "Upheld" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaint_EscalatedToRegionCode_Status",
                table: "complaints_complaint",
                columns: new[] { "EscalatedToRegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaint_ReceivedMonth_RegionCode",
                table: "complaints_complaint",
                columns: new[] { "ReceivedMonth", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaint_RegionCode_ReceivedAtUtc_Id",
                table: "complaints_complaint",
                columns: new[] { "RegionCode", "ReceivedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaint_Status_DueOn",
                table: "complaints_complaint",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_complaint_TrackingNumber",
                table: "complaints_complaint",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_evidence_ComplaintId",
                table: "complaints_evidence",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_step_ComplaintId_AtUtc",
                table: "complaints_step",
                columns: new[] { "ComplaintId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints_complaint");

            migrationBuilder.DropTable(
                name: "complaints_evidence");

            migrationBuilder.DropTable(
                name: "complaints_step");

            migrationBuilder.DropIndex(
                name: "IX_employers_employer_Name",
                table: "employers_employer");

            migrationBuilder.DropColumn(
                name: "BlacklistReason",
                table: "employers_employer");

            migrationBuilder.DropColumn(
                name: "BlacklistedAtUtc",
                table: "employers_employer");

            migrationBuilder.DropColumn(
                name: "BlacklistedBy",
                table: "employers_employer");
        }
    }
}
