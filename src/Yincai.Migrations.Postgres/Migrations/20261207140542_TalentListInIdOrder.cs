using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
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

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_RegionCode_Id",
                table: "talents_talent");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Employment_Id",
                table: "talents_talent",
                columns: new[] { "Employment", "Id" })
                .Annotation("Npgsql:IndexInclude", new[] { "RegionCode", "NativePlaceCode", "IsErased", "Categories" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_GraduationYear_HighestDegree_Id",
                table: "talents_talent",
                columns: new[] { "GraduationYear", "HighestDegree", "Id" })
                .Annotation("Npgsql:IndexInclude", new[] { "RegionCode", "NativePlaceCode", "IsErased" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Id",
                table: "talents_talent",
                column: "Id")
                .Annotation("Npgsql:IndexInclude", new[] { "RegionCode", "NativePlaceCode", "IsErased" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_MajorCode_Id",
                table: "talents_talent",
                columns: new[] { "MajorCode", "Id" })
                .Annotation("Npgsql:IndexInclude", new[] { "RegionCode", "NativePlaceCode", "IsErased" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_RegionCode_Id",
                table: "talents_talent",
                columns: new[] { "RegionCode", "Id" })
                .Annotation("Npgsql:IndexInclude", new[] { "NativePlaceCode", "IsErased" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops", "uuid_ops" });
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

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_RegionCode_Id",
                table: "talents_talent");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Employment_RegionCode",
                table: "talents_talent",
                columns: new[] { "Employment", "RegionCode" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "IsErased", "NativePlaceCode" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_MajorCode_RegionCode",
                table: "talents_talent",
                columns: new[] { "MajorCode", "RegionCode" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "IsErased", "NativePlaceCode" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_RegionCode_Id",
                table: "talents_talent",
                columns: new[] { "RegionCode", "Id" });
        }
    }
}
