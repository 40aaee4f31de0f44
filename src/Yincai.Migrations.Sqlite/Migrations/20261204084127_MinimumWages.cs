using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MinimumWages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regions_minimum_wage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    DocumentNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    TiersJson = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AreasJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    EnteredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions_minimum_wage", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_regions_minimum_wage_RegionCode_EffectiveOn",
                table: "regions_minimum_wage",
                columns: new[] { "RegionCode", "EffectiveOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "regions_minimum_wage");
        }
    }
}
