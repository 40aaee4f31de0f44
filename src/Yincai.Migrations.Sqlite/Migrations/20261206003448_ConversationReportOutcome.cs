using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReportHandledByUserId",
                table: "jobs_conversation",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportOutcome",
                table: "jobs_conversation",
                type: "TEXT",
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
