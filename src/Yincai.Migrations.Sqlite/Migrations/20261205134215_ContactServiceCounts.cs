using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContactServiceCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "graduates_contact_day",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Late = table.Column<int>(type: "INTEGER", nullable: false),
                    Owed = table.Column<int>(type: "INTEGER", nullable: false),
                    Left = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_contact_day", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_service_year",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    MetYear = table.Column<int>(type: "INTEGER", nullable: false),
                    WantingJob = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_service_year", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_contact_day_RegionCode_DueOn",
                table: "graduates_contact_day",
                columns: new[] { "RegionCode", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_service_year_RegionCode_MetYear",
                table: "graduates_service_year",
                columns: new[] { "RegionCode", "MetYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "graduates_contact_day");

            migrationBuilder.DropTable(
                name: "graduates_service_year");
        }
    }
}
