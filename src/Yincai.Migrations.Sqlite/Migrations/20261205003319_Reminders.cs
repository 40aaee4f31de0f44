using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RemindedAtUtc",
                table: "events_registration",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_ContactDueOn_OfficerId",
                table: "graduates_graduate",
                columns: new[] { "ContactDueOn", "OfficerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_ContactDueOn_OfficerId",
                table: "graduates_graduate");

            migrationBuilder.DropColumn(
                name: "RemindedAtUtc",
                table: "events_registration");
        }
    }
}
