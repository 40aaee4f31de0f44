using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "graduates_service_standard",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    RequirementsJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_service_standard", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_Intention_StandardMet~",
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
                name: "IX_graduates_graduate_RegionCode_Outcome_Intention_StandardMet~",
                table: "graduates_graduate");

            migrationBuilder.DropColumn(
                name: "StandardMetYear",
                table: "graduates_graduate");
        }
    }
}
