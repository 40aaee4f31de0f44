using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TalentProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Categories",
                table: "talents_talent",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CurrentRegionCode",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisadvantagedCipher",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "GraduationYear",
                table: "talents_talent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HighestDegree",
                table: "talents_talent",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "IntendedIndustryCodes",
                table: "talents_talent",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "IntendedJobTypes",
                table: "talents_talent",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "IntendedRegionCodes",
                table: "talents_talent",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "IsErased",
                table: "talents_talent",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MajorCode",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MajorName",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MobileCipher",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MobileIndex",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MobileMasked",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NativePlaceCode",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SalaryMaxYuan",
                table: "talents_talent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SalaryMinYuan",
                table: "talents_talent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SchoolName",
                table: "talents_talent",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SharesWithEmployers",
                table: "talents_talent",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SharesWithStations",
                table: "talents_talent",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Skills",
                table: "talents_talent",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "talents_consent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_talents_consent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_talents_consent_talents_talent_TalentId",
                        column: x => x.TalentId,
                        principalTable: "talents_talent",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "talents_deletion_request",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HandledBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    HandledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_talents_deletion_request", x => x.Id);
                    table.ForeignKey(
                        name: "FK_talents_deletion_request_talents_talent_TalentId",
                        column: x => x.TalentId,
                        principalTable: "talents_talent",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "talents_education",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SchoolName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Degree = table.Column<int>(type: "INTEGER", nullable: false),
                    MajorCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    MajorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GraduationDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_talents_education", x => x.Id);
                    table.ForeignKey(
                        name: "FK_talents_education_talents_talent_TalentId",
                        column: x => x.TalentId,
                        principalTable: "talents_talent",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "talents_employment_change",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_talents_employment_change", x => x.Id);
                    table.ForeignKey(
                        name: "FK_talents_employment_change_talents_talent_TalentId",
                        column: x => x.TalentId,
                        principalTable: "talents_talent",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "talents_resume",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TalentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PdfFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PdfBytes = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_talents_resume", x => x.Id);
                    table.ForeignKey(
                        name: "FK_talents_resume_talents_talent_TalentId",
                        column: x => x.TalentId,
                        principalTable: "talents_talent",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_GraduationYear_RegionCode",
                table: "talents_talent",
                columns: new[] { "GraduationYear", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_MajorCode_RegionCode",
                table: "talents_talent",
                columns: new[] { "MajorCode", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_MobileIndex",
                table: "talents_talent",
                column: "MobileIndex");

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_NativePlaceCode_HighestDegree",
                table: "talents_talent",
                columns: new[] { "NativePlaceCode", "HighestDegree" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_talent_RegionCode_Id",
                table: "talents_talent",
                columns: new[] { "RegionCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_consent_TalentId_Purpose_AtUtc",
                table: "talents_consent",
                columns: new[] { "TalentId", "Purpose", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_deletion_request_RegionCode_Status",
                table: "talents_deletion_request",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_deletion_request_TalentId",
                table: "talents_deletion_request",
                column: "TalentId");

            migrationBuilder.CreateIndex(
                name: "IX_talents_education_TalentId",
                table: "talents_education",
                column: "TalentId");

            migrationBuilder.CreateIndex(
                name: "IX_talents_employment_change_TalentId_AtUtc",
                table: "talents_employment_change",
                columns: new[] { "TalentId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_talents_resume_TalentId",
                table: "talents_resume",
                column: "TalentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "talents_consent");

            migrationBuilder.DropTable(
                name: "talents_deletion_request");

            migrationBuilder.DropTable(
                name: "talents_education");

            migrationBuilder.DropTable(
                name: "talents_employment_change");

            migrationBuilder.DropTable(
                name: "talents_resume");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_GraduationYear_RegionCode",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_MajorCode_RegionCode",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_MobileIndex",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_NativePlaceCode_HighestDegree",
                table: "talents_talent");

            migrationBuilder.DropIndex(
                name: "IX_talents_talent_RegionCode_Id",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "Categories",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "CurrentRegionCode",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "DisadvantagedCipher",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "GraduationYear",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "HighestDegree",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "IntendedIndustryCodes",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "IntendedJobTypes",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "IntendedRegionCodes",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "IsErased",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "MajorCode",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "MajorName",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "MobileCipher",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "MobileIndex",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "MobileMasked",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "NativePlaceCode",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "SalaryMaxYuan",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "SalaryMinYuan",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "SchoolName",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "SharesWithEmployers",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "SharesWithStations",
                table: "talents_talent");

            migrationBuilder.DropColumn(
                name: "Skills",
                table: "talents_talent");
        }
    }
}
