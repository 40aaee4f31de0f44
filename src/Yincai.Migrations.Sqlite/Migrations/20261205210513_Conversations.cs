using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvitedToApply = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastPreview = table.Column<string>(type: "TEXT", maxLength: 61, nullable: false),
                    LastAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TalentUnread = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerUnread = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_conversation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jobs_conversation_message",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromTalent = table.Column<bool>(type: "INTEGER", nullable: false),
                    SenderUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs_conversation_message", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jobs_employer_block",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
