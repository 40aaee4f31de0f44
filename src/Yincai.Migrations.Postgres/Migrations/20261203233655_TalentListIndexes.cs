using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
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
                name: "IX_talents_talent_MajorCode_RegionCode",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_NativePlaceCode_HighestDegree",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_RegionCode_FullName",
                table: "talents_talent");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Categories_RegionCode",
                table: "talents_talent",
                columns: new[] { "Categories", "RegionCode" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "IsErased", "NativePlaceCode" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_Employment_RegionCode",
                table: "talents_talent",
                columns: new[] { "Employment", "RegionCode" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "IsErased", "NativePlaceCode" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_FullName_RegionCode",
                table: "talents_talent",
                columns: new[] { "FullName", "RegionCode" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "IsErased", "NativePlaceCode" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_GraduationYear_HighestDegree_RegionCode",
                table: "talents_talent",
                columns: new[] { "GraduationYear", "HighestDegree", "RegionCode" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "IsErased", "NativePlaceCode" })
                .Annotation("Npgsql:IndexOperators", new[] { "int4_ops", "int4_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_MajorCode_RegionCode",
                table: "talents_talent",
                columns: new[] { "MajorCode", "RegionCode" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "IsErased", "NativePlaceCode" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_ops", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_NativePlaceCode_HighestDegree",
                table: "talents_talent",
                columns: new[] { "NativePlaceCode", "HighestDegree" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "IsErased", "RegionCode", "Categories" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops", "int4_ops" });
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

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_MajorCode_RegionCode",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_NativePlaceCode_HighestDegree",
                table: "talents_talent");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_GraduationYear_RegionCode",
                table: "talents_talent",
                columns: new[] { "GraduationYear", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_MajorCode_RegionCode",
                table: "talents_talent",
                columns: new[] { "MajorCode", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_NativePlaceCode_HighestDegree",
                table: "talents_talent",
                columns: new[] { "NativePlaceCode", "HighestDegree" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_RegionCode_FullName",
                table: "talents_talent",
                columns: new[] { "RegionCode", "FullName" });
        }
    }
}
