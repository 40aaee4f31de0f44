using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PersonalDataErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_user_PhoneNumber",
                table: "accounts_user");

            migrationBuilder.AlterColumn<int>(
                name: "Gender",
                table: "talents_talent",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "BirthDate",
                table: "talents_talent",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            // Talents erased before this change lose what the erasure now clears too.
            migrationBuilder.Sql("UPDATE talents_talent SET \"BirthDate\" = NULL, \"Gender\" = NULL WHERE \"IsErased\"");

            migrationBuilder.AddColumn<string>(
                name: "MobileCipher",
                table: "accounts_user",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MobileIndex",
                table: "accounts_user",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_subject_key",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrappedKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ShreddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_subject_key", x => x.SubjectId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_user_MobileIndex",
                table: "accounts_user",
                column: "MobileIndex",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_subject_key");

            migrationBuilder.DropIndex(
                name: "IX_accounts_user_MobileIndex",
                table: "accounts_user");

            migrationBuilder.DropColumn(
                name: "MobileCipher",
                table: "accounts_user");

            migrationBuilder.DropColumn(
                name: "MobileIndex",
                table: "accounts_user");

            migrationBuilder.AlterColumn<int>(
                name: "Gender",
                table: "talents_talent",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "BirthDate",
                table: "talents_talent",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_user_PhoneNumber",
                table: "accounts_user",
                column: "PhoneNumber");
        }
    }
}
