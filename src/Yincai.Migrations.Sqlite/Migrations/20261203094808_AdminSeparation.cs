using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AdminSeparation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_activation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AwaitsApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_activation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_activation_accounts_user_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_admin_approval",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TargetUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TargetRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetScopeRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedByRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_admin_approval", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_activation_TokenHash",
                table: "accounts_activation",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_activation_UserId",
                table: "accounts_activation",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_admin_approval_Status_TargetScopeRegionCode",
                table: "accounts_admin_approval",
                columns: new[] { "Status", "TargetScopeRegionCode" });

            // 三权分立 in the database too: an admin role is held alone, whatever code writes the roles.
            const string otherRoleWithAdmin = """
                SELECT 1 FROM accounts_user_role ur
                JOIN accounts_role r ON r."Id" = ur."RoleId"
                JOIN accounts_role n ON n."Id" = NEW."RoleId"
                WHERE ur."UserId" = NEW."UserId" AND ur."RoleId" <> NEW."RoleId"
                  AND (r."Name" IN ('system_admin', 'security_admin', 'auditor') OR n."Name" IN ('system_admin', 'security_admin', 'auditor'))
                """;
            migrationBuilder.Sql($"""
                CREATE TRIGGER accounts_user_role_admin_alone_insert BEFORE INSERT ON accounts_user_role
                WHEN EXISTS ({otherRoleWithAdmin})
                BEGIN SELECT RAISE(ABORT, 'accounts.admin_roles_exclusive: an admin role is held alone'); END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER accounts_user_role_admin_alone_update BEFORE UPDATE ON accounts_user_role
                WHEN EXISTS ({otherRoleWithAdmin} AND NOT (ur."UserId" = OLD."UserId" AND ur."RoleId" = OLD."RoleId"))
                BEGIN SELECT RAISE(ABORT, 'accounts.admin_roles_exclusive: an admin role is held alone'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS accounts_user_role_admin_alone_insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS accounts_user_role_admin_alone_update;");

            migrationBuilder.DropTable(
                name: "accounts_activation");

            migrationBuilder.DropTable(
                name: "accounts_admin_approval");
        }
    }
}
