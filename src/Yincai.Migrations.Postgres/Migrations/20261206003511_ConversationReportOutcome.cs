using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConversationReportOutcome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ReportHandledAtUtc",
                table: "jobs_conversation",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReportHandledByUserId",
                table: "jobs_conversation",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportOutcome",
                table: "jobs_conversation",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportHandledAtUtc",
                table: "jobs_conversation");

            migrationBuilder.DropColumn(
                name: "ReportHandledByUserId",
                table: "jobs_conversation");

            migrationBuilder.DropColumn(
                name: "ReportOutcome",
                table: "jobs_conversation");
        }
    }
}
