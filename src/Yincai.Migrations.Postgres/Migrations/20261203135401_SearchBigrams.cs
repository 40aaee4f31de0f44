using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchBigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int[]>(
                name: "SearchBigrams",
                table: "jobs_job",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            // The jobs stored before get what JobSearch.Bigrams computes (one number per distinct pair of adjacent characters,
            // 16 bits each, none with a space or a character beyond the BMP), here with a temporary function; the test JobKeywordIndexTests checks that the two
            // agree. At 1,000,000 jobs this rewrites the table: see bench/README.md for the time.
            migrationBuilder.Sql("""
                CREATE FUNCTION pg_temp.yincai_search_bigrams(t text) RETURNS integer[] LANGUAGE sql IMMUTABLE STRICT AS $$
                    SELECT coalesce(array_agg(DISTINCT ascii(c) << 16 | ascii(n) ORDER BY ascii(c) << 16 | ascii(n)), '{}')
                    FROM (SELECT c, lead(c) OVER (ORDER BY i) AS n FROM unnest(string_to_array(t, NULL)) WITH ORDINALITY AS u(c, i)) s
                    WHERE c <> ' ' AND n <> ' ' AND ascii(c) < 65536 AND ascii(n) < 65536
                $$;
                UPDATE jobs_job SET "SearchBigrams" = pg_temp.yincai_search_bigrams("SearchText");
                DROP FUNCTION pg_temp.yincai_search_bigrams(text);
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_jobs_job_SearchBigrams" ON jobs_job USING gin ("SearchBigrams");""");
            // A two-character term is matched by its bigram alone: the planner must know that an absent one is rare (it then
            // takes the index) and a common one common (it then walks the order index). The default 100 keeps the 1,000 most
            // common bigrams, too few for Chinese: an absent bigram was estimated common enough to walk all jobs.
            migrationBuilder.Sql("""ALTER TABLE jobs_job ALTER COLUMN "SearchBigrams" SET STATISTICS 1000;""");
            migrationBuilder.Sql("""ANALYZE jobs_job ("SearchBigrams");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_jobs_job_SearchBigrams";""");
            migrationBuilder.DropColumn(
                name: "SearchBigrams",
                table: "jobs_job");
        }
    }
}
