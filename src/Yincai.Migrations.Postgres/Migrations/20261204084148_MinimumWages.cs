using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    DocumentNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    TiersJson = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AreasJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    EnteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
