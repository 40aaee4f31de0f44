using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MobileCodeMinute : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SentMinute",
                table: "notifications_mobile_code",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Codes live ten minutes: the ones sent before have no minute and are dropped rather than made to collide.
            migrationBuilder.Sql("DELETE FROM notifications_mobile_code;");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_mobile_code_MobileIndex_SentMinute",
                table: "notifications_mobile_code",
                columns: new[] { "MobileIndex", "SentMinute" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_mobile_code_MobileIndex_SentMinute",
                table: "notifications_mobile_code");

            migrationBuilder.DropColumn(
                name: "SentMinute",
                table: "notifications_mobile_code");
        }
    }
}
