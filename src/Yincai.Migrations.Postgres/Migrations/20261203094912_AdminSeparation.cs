using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedById = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AwaitsApproval = table.Column<bool>(type: "boolean", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    TargetUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TargetRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TargetScopeRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Payload = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequestedByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            // 三权分立 in the database too: an admin role is held alone, whatever code writes the roles. The account's row is
            // locked first, so that two concurrent grants to one account cannot both pass the check.
            migrationBuilder.Sql("""
                CREATE FUNCTION accounts_user_role_admin_alone() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM 1 FROM accounts_user WHERE "Id" = NEW."UserId" FOR NO KEY UPDATE;
                    IF EXISTS (
                        SELECT 1 FROM accounts_user_role ur
                        JOIN accounts_role r ON r."Id" = ur."RoleId"
                        JOIN accounts_role n ON n."Id" = NEW."RoleId"
                        WHERE ur."UserId" = NEW."UserId" AND ur."RoleId" <> NEW."RoleId"
                          AND (TG_OP = 'INSERT' OR NOT (ur."UserId" = OLD."UserId" AND ur."RoleId" = OLD."RoleId"))
                          AND (r."Name" IN ('system_admin', 'security_admin', 'auditor') OR n."Name" IN ('system_admin', 'security_admin', 'auditor'))) THEN
                        RAISE EXCEPTION 'accounts.admin_roles_exclusive: an admin role is held alone' USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                END $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER accounts_user_role_admin_alone BEFORE INSERT OR UPDATE ON accounts_user_role FOR EACH ROW EXECUTE FUNCTION accounts_user_role_admin_alone();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS accounts_user_role_admin_alone ON accounts_user_role;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS accounts_user_role_admin_alone();");

            migrationBuilder.DropTable(
                name: "accounts_activation");

            migrationBuilder.DropTable(
                name: "accounts_admin_approval");
        }
    }
}
