using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CohortDayCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "graduates_cohort_day",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cohort = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Joined = table.Column<int>(type: "INTEGER", nullable: false),
                    Placed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_cohort_day", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_cohort_day_Cohort_RegionCode_Day",
                table: "graduates_cohort_day",
                columns: new[] { "Cohort", "RegionCode", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "graduates_cohort_day");
        }
    }
}
