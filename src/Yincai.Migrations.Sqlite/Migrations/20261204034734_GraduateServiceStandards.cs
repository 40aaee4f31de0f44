using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GraduateServiceStandards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StandardMetYear",
                table: "graduates_graduate",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "graduates_service_standard",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    RequirementsJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_service_standard", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_Intention_StandardMetYear",
                table: "graduates_graduate",
                columns: new[] { "RegionCode", "Outcome", "Intention", "StandardMetYear" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_service_standard_RegionCode",
                table: "graduates_service_standard",
                column: "RegionCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "graduates_service_standard");

            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_Intention_StandardMetYear",
                table: "graduates_graduate");

            migrationBuilder.DropColumn(
                name: "StandardMetYear",
                table: "graduates_graduate");
        }
    }
}
