using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Campus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UniversityCode",
                table: "graduates_graduate",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            // Graduates registered before this knew their school's code: it is on their talent record's education (the latest one).
            migrationBuilder.Sql("""
                UPDATE graduates_graduate SET "UniversityCode" = (
                    SELECT e."SchoolCode" FROM talents_education e
                    WHERE e."TalentId" = graduates_graduate."TalentId" AND e."SchoolCode" IS NOT NULL
                    ORDER BY e."GraduationDate" DESC LIMIT 1)
                """);

            migrationBuilder.CreateTable(
                name: "accounts_api_token",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_api_token", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_campus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UniversityCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    StudentCount = table.Column<int>(type: "INTEGER", nullable: true),
                    StationName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StationAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StationPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    StationHours = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ServiceList = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_campus", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_campus_member",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_campus_member", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "graduates_campus_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    FullTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Certificate = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_graduates_campus_staff", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_graduate_UniversityCode_CohortYear_RegisteredAtUtc",
                table: "graduates_graduate",
                columns: new[] { "UniversityCode", "CohortYear", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_api_token_OwnerKind_OwnerCode_CreatedAtUtc",
                table: "accounts_api_token",
                columns: new[] { "OwnerKind", "OwnerCode", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_campus_RegionCode",
                table: "graduates_campus",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_graduates_campus_UniversityCode",
                table: "graduates_campus",
                column: "UniversityCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_graduates_campus_member_CampusId_Status",
                table: "graduates_campus_member",
                columns: new[] { "CampusId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_campus_member_RegionCode_Status",
                table: "graduates_campus_member",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_campus_member_UserId_Status",
                table: "graduates_campus_member",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_graduates_campus_staff_CampusId_LeftOn",
                table: "graduates_campus_staff",
                columns: new[] { "CampusId", "LeftOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_api_token");

            migrationBuilder.DropTable(
                name: "graduates_campus");

            migrationBuilder.DropTable(
                name: "graduates_campus_member");

            migrationBuilder.DropTable(
                name: "graduates_campus_staff");

            migrationBuilder.DropIndex(
                name: "IX_graduates_graduate_UniversityCode_CohortYear_RegisteredAtUtc",
                table: "graduates_graduate");

            migrationBuilder.DropColumn(
                name: "UniversityCode",
                table: "graduates_graduate");
        }
    }
}
