using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TalentSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int[]>(
                name: "SearchBigrams",
                table: "talents_talent",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "talents_talent",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_SharesWithEmployers_IsErased_UpdatedAtUtc",
                table: "talents_talent",
                columns: new[] { "SharesWithEmployers", "IsErased", "UpdatedAtUtc" });

            // The talents stored before get what Talent.SearchTextOf and SearchTerms.Bigrams give (TalentKeywordIndexTests
            // checks that the two agree): skills, major and school joined by spaces and folded as JobSearchText folds.
            migrationBuilder.Sql($"""
                UPDATE talents_talent SET "SearchText" = translate(array_to_string("Skills" || ARRAY[coalesce("MajorName", ''), coalesce("SchoolName", '')], ' '), '{JobSearchText.Literal(JobSearchText.From)}', '{JobSearchText.Literal(JobSearchText.To)}');
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION pg_temp.yincai_search_bigrams(t text) RETURNS integer[] LANGUAGE sql IMMUTABLE STRICT AS $$
                    SELECT coalesce(array_agg(DISTINCT ascii(c) << 16 | ascii(n) ORDER BY ascii(c) << 16 | ascii(n)), '{}')
                    FROM (SELECT c, lead(c) OVER (ORDER BY i) AS n FROM unnest(string_to_array(t, NULL)) WITH ORDINALITY AS u(c, i)) s
                    WHERE c <> ' ' AND n <> ' ' AND ascii(c) < 65536 AND ascii(n) < 65536
                $$;
                UPDATE talents_talent SET "SearchBigrams" = pg_temp.yincai_search_bigrams("SearchText");
                DROP FUNCTION pg_temp.yincai_search_bigrams(text);
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_talents_talent_SearchText_trgm" ON talents_talent USING gin ("SearchText" gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_talents_talent_SearchBigrams" ON talents_talent USING gin ("SearchBigrams");""");
            // As for jobs (SearchBigrams): Chinese has too many bigrams for the default statistics to tell a rare one.
            migrationBuilder.Sql("""ALTER TABLE talents_talent ALTER COLUMN "SearchBigrams" SET STATISTICS 1000;""");
            migrationBuilder.Sql("""ANALYZE talents_talent ("SearchText", "SearchBigrams");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_talents_talent_SearchBigrams";""");
            migrationBuilder.Sql("""DROP INDEX "IX_talents_talent_SearchText_trgm";""");

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
