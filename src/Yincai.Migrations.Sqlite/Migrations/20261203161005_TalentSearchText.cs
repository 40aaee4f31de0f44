using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TalentSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchBigrams",
                table: "talents_talent",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "talents_talent",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_SharesWithEmployers_IsErased_UpdatedAtUtc",
                table: "talents_talent",
                columns: new[] { "SharesWithEmployers", "IsErased", "UpdatedAtUtc" });

            // The talents stored before get what Talent.SearchTextOf gives (the bigrams are not queried on SQLite).
            const string joined = """
                coalesce((SELECT group_concat(value, ' ') || ' ' FROM json_each("Skills")), '') || coalesce("MajorName", '') || ' ' || coalesce("SchoolName", '')
                """;
            migrationBuilder.Sql($"""UPDATE talents_talent SET "SearchText" = lower({JobSearchText.Folded(joined)})""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_talents_talent_SharesWithEmployers_IsErased_UpdatedAtUtc",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "SearchBigrams",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "talents_talent");
        }
    }
}
