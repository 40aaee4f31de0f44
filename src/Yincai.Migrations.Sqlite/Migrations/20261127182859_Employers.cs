using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Employers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "employers_employer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Ownership = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsKeyContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeyContactSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegisteredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employers_employer", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employers_member",
                columns: table => new
                {
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employers_member", x => new { x.EmployerId, x.UserId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_employers_employer_CreditCode",
                table: "employers_employer",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employers_employer_RegionCode_IsKeyContact",
                table: "employers_employer",
                columns: new[] { "RegionCode", "IsKeyContact" });

            migrationBuilder.CreateIndex(
                name: "IX_employers_employer_RegionCode_Status",
                table: "employers_employer",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_employers_member_UserId",
                table: "employers_member",
                column: "UserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "employers_employer");

            migrationBuilder.DropTable(
                name: "employers_member");
        }
    }
}
