using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditActorTimeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_entry_ActorId",
                table: "audit_entry");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entry_ActorId_OccurredAtUtc",
                table: "audit_entry",
                columns: new[] { "ActorId", "OccurredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_entry_ActorId_OccurredAtUtc",
                table: "audit_entry");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entry_ActorId",
                table: "audit_entry",
                column: "ActorId");
        }
    }
}
