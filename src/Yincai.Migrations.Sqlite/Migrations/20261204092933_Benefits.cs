using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Benefits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "benefits_benefit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Claimant = table.Column<int>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_benefit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "benefits_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BenefitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConditionsJson = table.Column<string>(type: "TEXT", maxLength: 30000, nullable: false),
                    AmountExpression = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AmountNote = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_rules", x => x.Id);
                });

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
                name: "IX_benefits_benefit_RegionCode",
                table: "benefits_benefit",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_benefits_rules_BenefitId_EffectiveOn",
                table: "benefits_rules",
                columns: new[] { "BenefitId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_benefits_rules_BenefitId_Number",
                table: "benefits_rules",
                columns: new[] { "BenefitId", "Number" },
                unique: true);

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
                name: "benefits_benefit");

            migrationBuilder.DropTable(
                name: "benefits_rules");

            migrationBuilder.DropTable(
                name: "regions_minimum_wage");
        }
    }
}
