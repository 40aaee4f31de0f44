using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EventCheckInWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CheckInClosesMinutesAfter",
                table: "events_event",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CheckInOpensMinutesBefore",
                table: "events_event",
                type: "INTEGER",
                nullable: false,
                defaultValue: 60); // events planned before: the door opens an hour before the start
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckInClosesMinutesAfter",
                table: "events_event");

            migrationBuilder.DropColumn(
                name: "CheckInOpensMinutesBefore",
                table: "events_event");
        }
    }
}
