using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JobPayOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan_SalaryMinYuan_PublishedAtUtc",
                table: "jobs_job");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan_SalaryMinYuan_PublishedAtUtc_Id",
                table: "jobs_job",
                columns: new[] { "Status", "SalaryMaxYuan", "SalaryMinYuan", "PublishedAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan_SalaryMinYuan_PublishedAtUtc_Id",
                table: "jobs_job");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan_SalaryMinYuan_PublishedAtUtc",
                table: "jobs_job",
                columns: new[] { "Status", "SalaryMaxYuan", "SalaryMinYuan", "PublishedAtUtc" });
        }
    }
}
