using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
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
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "BirthDate",
                table: "talents_talent",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            // Talents erased before this change lose what the erasure now clears too.
            migrationBuilder.Sql("UPDATE talents_talent SET \"BirthDate\" = NULL, \"Gender\" = NULL WHERE \"IsErased\"");

            migrationBuilder.AddColumn<string>(
                name: "MobileCipher",
                table: "accounts_user",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MobileIndex",
                table: "accounts_user",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_subject_key",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    WrappedKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ShreddedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "BirthDate",
                table: "talents_talent",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_user_PhoneNumber",
                table: "accounts_user",
                column: "PhoneNumber");
        }
    }
}
