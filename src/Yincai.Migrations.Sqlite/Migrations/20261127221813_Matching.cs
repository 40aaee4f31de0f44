using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Matching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "matching_recommendation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Score = table.Column<float>(type: "REAL", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matching_recommendation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_change_feed",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_change_feed", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_matching_recommendation_JobId_TalentId",
                table: "matching_recommendation",
                columns: new[] { "JobId", "TalentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_matching_recommendation_TalentId",
                table: "matching_recommendation",
                column: "TalentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_change_feed_AtUtc",
                table: "platform_change_feed",
                column: "AtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "matching_recommendation");

            migrationBuilder.DropTable(
                name: "platform_change_feed");
        }
    }
}
