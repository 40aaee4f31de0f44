using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Conversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "jobs_conversation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JobTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    InvitedToApply = table.Column<bool>(type: "boolean", nullable: false),
                    LastPreview = table.Column<string>(type: "character varying(61)", maxLength: 61, nullable: false),
                    LastAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TalentUnread = table.Column<int>(type: "integer", nullable: false),
                    EmployerUnread = table.Column<int>(type: "integer", nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReportReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_conversation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jobs_conversation_message",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromTalent = table.Column<bool>(type: "boolean", nullable: false),
                    SenderUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Body = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_conversation_message", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jobs_employer_block",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_employer_block", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_conversation_ApplicationId",
                table: "jobs_conversation",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_conversation_EmployerId_CreatedAtUtc",
                table: "jobs_conversation",
                columns: new[] { "EmployerId", "CreatedAtUtc" },
                filter: "\"InvitedToApply\"");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_conversation_EmployerId_LastAtUtc",
                table: "jobs_conversation",
                columns: new[] { "EmployerId", "LastAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_conversation_JobId_TalentUserId",
                table: "jobs_conversation",
                columns: new[] { "JobId", "TalentUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jobs_conversation_RegionCode_ReportedAtUtc",
                table: "jobs_conversation",
                columns: new[] { "RegionCode", "ReportedAtUtc" },
                filter: "\"ReportedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_conversation_TalentUserId_LastAtUtc",
                table: "jobs_conversation",
                columns: new[] { "TalentUserId", "LastAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_conversation_message_ConversationId_SentAtUtc",
                table: "jobs_conversation_message",
                columns: new[] { "ConversationId", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_conversation_message_TalentId",
                table: "jobs_conversation_message",
                column: "TalentId");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_employer_block_TalentUserId_EmployerId",
                table: "jobs_employer_block",
                columns: new[] { "TalentUserId", "EmployerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jobs_conversation");

            migrationBuilder.DropTable(
                name: "jobs_conversation_message");

            migrationBuilder.DropTable(
                name: "jobs_employer_block");
        }
    }
}
