using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TalentListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_talents_talent_GraduationYear_RegionCode",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_RegionCode_FullName",
                table: "talents_talent");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Categories_RegionCode",
                table: "talents_talent",
                columns: new[] { "Categories", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Employment_RegionCode",
                table: "talents_talent",
                columns: new[] { "Employment", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_FullName_RegionCode",
                table: "talents_talent",
                columns: new[] { "FullName", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_GraduationYear_HighestDegree_RegionCode",
                table: "talents_talent",
                columns: new[] { "GraduationYear", "HighestDegree", "RegionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_talents_talent_Categories_RegionCode",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_Employment_RegionCode",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_FullName_RegionCode",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_GraduationYear_HighestDegree_RegionCode",
                table: "talents_talent");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_GraduationYear_RegionCode",
                table: "talents_talent",
                columns: new[] { "GraduationYear", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_RegionCode_FullName",
                table: "talents_talent",
                columns: new[] { "RegionCode", "FullName" });
        }
    }
}
