using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TalentListInIdOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_talents_talent_Employment_RegionCode",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_MajorCode_RegionCode",
                table: "talents_talent");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Employment_Id",
                table: "talents_talent",
                columns: new[] { "Employment", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_GraduationYear_HighestDegree_Id",
                table: "talents_talent",
                columns: new[] { "GraduationYear", "HighestDegree", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Id",
                table: "talents_talent",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_MajorCode_Id",
                table: "talents_talent",
                columns: new[] { "MajorCode", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_talents_talent_Employment_Id",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_GraduationYear_HighestDegree_Id",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_Id",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_MajorCode_Id",
                table: "talents_talent");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Employment_RegionCode",
                table: "talents_talent",
                columns: new[] { "Employment", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_MajorCode_RegionCode",
                table: "talents_talent",
                columns: new[] { "MajorCode", "RegionCode" });
        }
    }
}
