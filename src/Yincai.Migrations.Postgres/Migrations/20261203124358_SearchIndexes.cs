using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_jobs_job_Status_PublishedAtUtc",
                table: "jobs_job");

            migrationBuilder.DropIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan",
                table: "jobs_job");

            migrationBuilder.DropIndex(
                name: "IX_events_event_Status_StartsAtUtc",
                table: "events_event");

            migrationBuilder.CreateIndex(
                name: "IX_talents_deletion_request_Status_RequestedAtUtc",
                table: "talents_deletion_request",
                columns: new[] { "Status", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_notification_RecipientId_CreatedAtUtc_Id",
                table: "notifications_notification",
                columns: new[] { "RecipientId", "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_talent_project_Status_CreatedAtUtc_Id",
                table: "jobs_talent_project",
                columns: new[] { "Status", "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_talent_project_Status_PublishedAtUtc_Id",
                table: "jobs_talent_project",
                columns: new[] { "Status", "PublishedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_project_demand_Status_CreatedAtUtc_Id",
                table: "jobs_project_demand",
                columns: new[] { "Status", "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_project_demand_Status_PublishedAtUtc_Id",
                table: "jobs_project_demand",
                columns: new[] { "Status", "PublishedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_Status_CreatedAtUtc_Id",
                table: "jobs_job",
                columns: new[] { "Status", "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_Status_PublishedAtUtc_Id",
                table: "jobs_job",
                columns: new[] { "Status", "PublishedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan_SalaryMinYuan_PublishedAtUtc",
                table: "jobs_job",
                columns: new[] { "Status", "SalaryMaxYuan", "SalaryMinYuan", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_imports_import_job_CreatedAtUtc",
                table: "imports_import_job",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_events_event_Status_StartsAtUtc_Id",
                table: "events_event",
                columns: new[] { "Status", "StartsAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_employers_employer_Status_RegionCode_Name",
                table: "employers_employer",
                columns: new[] { "Status", "RegionCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ambassadors_ambassador_Status_FullName",
                table: "ambassadors_ambassador",
                columns: new[] { "Status", "FullName" });

            // The keyword index (issue 16): pg_trgm's GIN index serves LIKE '%term%' for terms of three characters or
            // more (CJK included: the cluster's C.UTF-8 ctype makes Chinese characters word characters); the LIKE rechecks,
            // so results stay exact. pg_trgm is a trusted extension: the database owner may create it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_jobs_job_SearchText_trgm" ON jobs_job USING gin ("SearchText" gin_trgm_ops);""");
            // A term that names a major also matches jobs asking for it (JobSearch): the OR needs both sides indexed.
            migrationBuilder.Sql("""CREATE INDEX "IX_jobs_job_MajorCodes" ON jobs_job USING gin ("MajorCodes");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_jobs_job_MajorCodes";""");
            migrationBuilder.Sql("""DROP INDEX "IX_jobs_job_SearchText_trgm";""");

            migrationBuilder.DropIndex(
                name: "IX_talents_deletion_request_Status_RequestedAtUtc",
                table: "talents_deletion_request");

            migrationBuilder.DropIndex(
                name: "IX_notifications_notification_RecipientId_CreatedAtUtc_Id",
                table: "notifications_notification");

            migrationBuilder.DropIndex(
                name: "IX_jobs_talent_project_Status_CreatedAtUtc_Id",
                table: "jobs_talent_project");

            migrationBuilder.DropIndex(
                name: "IX_jobs_talent_project_Status_PublishedAtUtc_Id",
                table: "jobs_talent_project");

            migrationBuilder.DropIndex(
                name: "IX_jobs_project_demand_Status_CreatedAtUtc_Id",
                table: "jobs_project_demand");

            migrationBuilder.DropIndex(
                name: "IX_jobs_project_demand_Status_PublishedAtUtc_Id",
                table: "jobs_project_demand");

            migrationBuilder.DropIndex(
                name: "IX_jobs_job_Status_CreatedAtUtc_Id",
                table: "jobs_job");

            migrationBuilder.DropIndex(
                name: "IX_jobs_job_Status_PublishedAtUtc_Id",
                table: "jobs_job");

            migrationBuilder.DropIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan_SalaryMinYuan_PublishedAtUtc",
                table: "jobs_job");

            migrationBuilder.DropIndex(
                name: "IX_imports_import_job_CreatedAtUtc",
                table: "imports_import_job");

            migrationBuilder.DropIndex(
                name: "IX_events_event_Status_StartsAtUtc_Id",
                table: "events_event");

            migrationBuilder.DropIndex(
                name: "IX_employers_employer_Status_RegionCode_Name",
                table: "employers_employer");

            migrationBuilder.DropIndex(
                name: "IX_ambassadors_ambassador_Status_FullName",
                table: "ambassadors_ambassador");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_Status_PublishedAtUtc",
                table: "jobs_job",
                columns: new[] { "Status", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_job_Status_SalaryMaxYuan",
                table: "jobs_job",
                columns: new[] { "Status", "SalaryMaxYuan" });

            migrationBuilder.CreateIndex(
                name: "IX_events_event_Status_StartsAtUtc",
                table: "events_event",
                columns: new[] { "Status", "StartsAtUtc" });
        }
    }
}
