using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GraduateWorkOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_CohortYear_RegionCode",
                table: "graduates_graduate");

            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_OfficerId_Outcome_ContactDueOn",
                table: "graduates_graduate");

            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_ContactDueOn_RegisteredAtUtc",
                table: "graduates_graduate");

            migrationBuilder.AddColumn<DateOnly>(
                name: "WorkKey",
                table: "graduates_graduate",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Rows before this migration: the work list's key as Graduate.Rekey computes it.
            migrationBuilder.Sql("""
                UPDATE graduates_graduate SET "WorkKey" = CASE
                    WHEN "ContactDueOn" IS NOT NULL AND "ContactedOn" IS NULL AND "Outcome" = 0 THEN "ContactDueOn" ELSE '9999-12-31' END
                """);

            migrationBuilder.CreateIndex(
                name: "IX_graduates_outcome_CohortYear_RegionCode_OnDate",
                table: "graduates_outcome",
                columns: new[] { "CohortYear", "RegionCode", "OnDate" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_CohortYear_RegionCode_RegisteredOn",
                table: "graduates_graduate",
                columns: new[] { "CohortYear", "RegionCode", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_OfficerId_Outcome_WorkKey",
                table: "graduates_graduate",
                columns: new[] { "OfficerId", "Outcome", "WorkKey" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_RegionCode_ContactDueOn",
                table: "graduates_graduate",
                columns: new[] { "RegionCode", "ContactDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_WorkKey_RegisteredAtUtc_Id",
                table: "graduates_graduate",
                columns: new[] { "RegionCode", "Outcome", "WorkKey", "RegisteredAtUtc", "Id" },
                descending: new[] { false, false, false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_graduates_outcome_CohortYear_RegionCode_OnDate",
                table: "graduates_outcome");

            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_CohortYear_RegionCode_RegisteredOn",
                table: "graduates_graduate");

            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_OfficerId_Outcome_WorkKey",
                table: "graduates_graduate");

            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_RegionCode_ContactDueOn",
                table: "graduates_graduate");

            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_WorkKey_RegisteredAtUtc_Id",
                table: "graduates_graduate");

            migrationBuilder.DropColumn(
                name: "WorkKey",
                table: "graduates_graduate");

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_CohortYear_RegionCode",
                table: "graduates_graduate",
                columns: new[] { "CohortYear", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_OfficerId_Outcome_ContactDueOn",
                table: "graduates_graduate",
                columns: new[] { "OfficerId", "Outcome", "ContactDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_RegionCode_Outcome_ContactDueOn_RegisteredAtUtc",
                table: "graduates_graduate",
                columns: new[] { "RegionCode", "Outcome", "ContactDueOn", "RegisteredAtUtc" });
        }
    }
}
