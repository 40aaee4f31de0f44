using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FundId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Claimant = table.Column<int>(type: "integer", nullable: false),
                    Frequency = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_benefit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "benefits_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BenefitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConditionsJson = table.Column<string>(type: "character varying(30000)", maxLength: 30000, nullable: false),
                    AmountExpression = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AmountNote = table.Column<string>(type: "text", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefits_rules", x => x.Id);
                });

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
