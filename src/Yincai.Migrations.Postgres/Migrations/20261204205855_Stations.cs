using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Stations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stations_bed_night",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    Night = table.Column<DateOnly>(type: "date", nullable: false),
                    Bed = table.Column<int>(type: "integer", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_bed_night", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_booking",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    TalentUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentMasked = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FirstNight = table.Column<DateOnly>(type: "date", nullable: false),
                    Nights = table.Column<int>(type: "integer", nullable: false),
                    LastNight = table.Column<DateOnly>(type: "date", nullable: false),
                    Bed = table.Column<int>(type: "integer", nullable: false),
                    NightlyFen = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedInAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CheckedOutAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_booking", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_evaluation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OpenedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AverageScore = table.Column<double>(type: "double precision", nullable: true),
                    PeopleServed = table.Column<int>(type: "integer", nullable: true),
                    Services = table.Column<int>(type: "integer", nullable: true),
                    Allocations = table.Column<int>(type: "integer", nullable: true),
                    EventsHeld = table.Column<int>(type: "integer", nullable: true),
                    RewardFen = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_evaluation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_evaluation_score",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ScoresJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_evaluation_score", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_event_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LinesJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ApprovedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HostOfficeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_event_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ConditionKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_expert_score",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    StageKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Recommend = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_expert_score", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_network_member",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    TalentUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaskedName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Field = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Projects = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    JoinedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_network_member", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_objection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Contact = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FiledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_objection", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_program",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DefinitionJson = table.Column<string>(type: "text", nullable: false),
                    ApplicationsFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ApplicationsUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_program", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_reward_claim",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    HireText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    RequestedFen = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ClaimedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ApprovedFen = table.Column<long>(type: "bigint", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_reward_claim", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_room",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Beds = table.Column<int>(type: "integer", nullable: false),
                    NightlyFen = table.Column<long>(type: "bigint", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_room", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_service",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    TalentMasked = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    JobId = table.Column<Guid>(type: "uuid", nullable: true),
                    JobTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_service", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationKind = table.Column<int>(type: "integer", nullable: false),
                    TypeKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Introduction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ServiceKeys = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StageIndex = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NoticeFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    NamedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    VerificationCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LodgingMaxNights = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_station", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stations_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    StageKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations_step", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_application_ReferredByStationId_Status",
                table: "jobs_application",
                columns: new[] { "ReferredByStationId", "Status" },
                filter: "\"ReferredByStationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_events_event_OrganiserId_StartsAtUtc",
                table: "events_event",
                columns: new[] { "OrganiserId", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_bed_night_BookingId",
                table: "stations_bed_night",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_stations_bed_night_RoomId_Night_Bed",
                table: "stations_bed_night",
                columns: new[] { "RoomId", "Night", "Bed" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stations_booking_StationId_LastNight",
                table: "stations_booking",
                columns: new[] { "StationId", "LastNight" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_booking_TalentUserId_StationId",
                table: "stations_booking",
                columns: new[] { "TalentUserId", "StationId" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_evaluation_StationId_Year",
                table: "stations_evaluation",
                columns: new[] { "StationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stations_evaluation_score_EvaluationId_ReviewerId",
                table: "stations_evaluation_score",
                columns: new[] { "EvaluationId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stations_event_plan_StationId_Year",
                table: "stations_event_plan",
                columns: new[] { "StationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stations_event_plan_Status",
                table: "stations_event_plan",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_stations_evidence_StationId",
                table: "stations_evidence",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_stations_expert_score_StationId_StageKey_ReviewerId",
                table: "stations_expert_score",
                columns: new[] { "StationId", "StageKey", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stations_network_member_StationId_JoinedAtUtc",
                table: "stations_network_member",
                columns: new[] { "StationId", "JoinedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_network_member_StationId_TalentUserId",
                table: "stations_network_member",
                columns: new[] { "StationId", "TalentUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stations_objection_StationId",
                table: "stations_objection",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_stations_program_Code",
                table: "stations_program",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stations_reward_claim_StationId_ApplicationId",
                table: "stations_reward_claim",
                columns: new[] { "StationId", "ApplicationId" },
                unique: true,
                filter: "\"ApplicationId\" IS NOT NULL AND \"Status\" <> 3");

            migrationBuilder.CreateIndex(
                name: "IX_stations_reward_claim_StationId_ClaimedAtUtc",
                table: "stations_reward_claim",
                columns: new[] { "StationId", "ClaimedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_reward_claim_Status",
                table: "stations_reward_claim",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_stations_room_StationId",
                table: "stations_room",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_stations_service_StationId_On",
                table: "stations_service",
                columns: new[] { "StationId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_service_TalentUserId_JobId",
                table: "stations_service",
                columns: new[] { "TalentUserId", "JobId" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_station_CertificateNumber",
                table: "stations_station",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stations_station_OperatorId",
                table: "stations_station",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_stations_station_ProgramId_Status",
                table: "stations_station",
                columns: new[] { "ProgramId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_station_Status_RegionCode",
                table: "stations_station",
                columns: new[] { "Status", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_stations_station_VerificationCode",
                table: "stations_station",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stations_step_StationId_AtUtc",
                table: "stations_step",
                columns: new[] { "StationId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stations_bed_night");

            migrationBuilder.DropTable(
                name: "stations_booking");

            migrationBuilder.DropTable(
                name: "stations_evaluation");

            migrationBuilder.DropTable(
                name: "stations_evaluation_score");

            migrationBuilder.DropTable(
                name: "stations_event_plan");

            migrationBuilder.DropTable(
                name: "stations_evidence");

            migrationBuilder.DropTable(
                name: "stations_expert_score");

            migrationBuilder.DropTable(
                name: "stations_network_member");

            migrationBuilder.DropTable(
                name: "stations_objection");

            migrationBuilder.DropTable(
                name: "stations_program");

            migrationBuilder.DropTable(
                name: "stations_reward_claim");

            migrationBuilder.DropTable(
                name: "stations_room");

            migrationBuilder.DropTable(
                name: "stations_service");

            migrationBuilder.DropTable(
                name: "stations_station");

            migrationBuilder.DropTable(
                name: "stations_step");

            migrationBuilder.DropIndex(
                name: "IX_jobs_application_ReferredByStationId_Status",
                table: "jobs_application");

            migrationBuilder.DropIndex(
                name: "IX_events_event_OrganiserId_StartsAtUtc",
                table: "events_event");
        }
    }
}
