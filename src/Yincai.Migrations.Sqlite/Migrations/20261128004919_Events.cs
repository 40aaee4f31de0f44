using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Events : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events_booth",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BookedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_booth", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OrganiserKind = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganiserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganiserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HostOfficeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LivestreamUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Booths = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationOpensAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegistrationClosesAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApprovedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attendance = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployersAttended = table.Column<int>(type: "INTEGER", nullable: false),
                    JobsOffered = table.Column<int>(type: "INTEGER", nullable: false),
                    IntentionsReached = table.Column<int>(type: "INTEGER", nullable: false),
                    HiresAttributed = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_event", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events_invitation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_invitation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events_registration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PromotedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedInAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedInBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_registration", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events_seats",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Taken = table.Column<int>(type: "INTEGER", nullable: false),
                    Issued = table.Column<int>(type: "INTEGER", nullable: false),
                    Booths = table.Column<int>(type: "INTEGER", nullable: false),
                    BoothsTaken = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_seats", x => x.EventId);
                    table.CheckConstraint("ck_events_seats_booths", "\"BoothsTaken\" <= \"Booths\" AND \"BoothsTaken\" >= 0");
                    table.CheckConstraint("ck_events_seats_taken", "\"Taken\" <= \"Capacity\" AND \"Taken\" >= 0");
                });

            migrationBuilder.CreateIndex(
                name: "IX_events_booth_EmployerId",
                table: "events_booth",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_events_booth_EventId_EmployerId",
                table: "events_booth",
                columns: new[] { "EventId", "EmployerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_event_RegionCode_StartsAtUtc",
                table: "events_event",
                columns: new[] { "RegionCode", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_events_event_SeriesId",
                table: "events_event",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_events_event_Status_StartsAtUtc",
                table: "events_event",
                columns: new[] { "Status", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_events_invitation_EventId_UserId",
                table: "events_invitation",
                columns: new[] { "EventId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_registration_EventId_Number",
                table: "events_registration",
                columns: new[] { "EventId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_registration_EventId_Status_Number",
                table: "events_registration",
                columns: new[] { "EventId", "Status", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_events_registration_EventId_UserId",
                table: "events_registration",
                columns: new[] { "EventId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_registration_UserId",
                table: "events_registration",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events_booth");

            migrationBuilder.DropTable(
                name: "events_event");

            migrationBuilder.DropTable(
                name: "events_invitation");

            migrationBuilder.DropTable(
                name: "events_registration");

            migrationBuilder.DropTable(
                name: "events_seats");
        }
    }
}
