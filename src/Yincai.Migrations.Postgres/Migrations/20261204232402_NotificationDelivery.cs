using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NotificationDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TemplateKey",
                table: "notifications_notification",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Values",
                table: "notifications_notification",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notifications_delivery_attempt",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_delivery_attempt", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_development_message",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    MaskedAddress = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddressIndex = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_development_message", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_mobile_code",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MobileIndex = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ClientIndex = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Tries = table.Column<int>(type: "integer", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_mobile_code", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    AddressCipher = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AddressIndex = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TemplateKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Values = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NotBeforeUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeaseOwner = table.Column<Guid>(type: "uuid", nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_preference",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<bool>(type: "boolean", nullable: false),
                    Sms = table.Column<bool>(type: "boolean", nullable: false),
                    EmailAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    QuietFrom = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    QuietUntil = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Digest = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_preference", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_delivery_attempt_MessageId",
                table: "notifications_delivery_attempt",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_development_message_AddressIndex",
                table: "notifications_development_message",
                column: "AddressIndex");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_development_message_AtUtc",
                table: "notifications_development_message",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_mobile_code_ClientIndex_SentAtUtc",
                table: "notifications_mobile_code",
                columns: new[] { "ClientIndex", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_mobile_code_MobileIndex_SentAtUtc",
                table: "notifications_mobile_code",
                columns: new[] { "MobileIndex", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_outbox_AddressIndex",
                table: "notifications_outbox",
                column: "AddressIndex");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_outbox_CreatedAtUtc_Id",
                table: "notifications_outbox",
                columns: new[] { "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_outbox_Status_CreatedAtUtc",
                table: "notifications_outbox",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_outbox_Status_NotBeforeUtc",
                table: "notifications_outbox",
                columns: new[] { "Status", "NotBeforeUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications_delivery_attempt");

            migrationBuilder.DropTable(
                name: "notifications_development_message");

            migrationBuilder.DropTable(
                name: "notifications_mobile_code");

            migrationBuilder.DropTable(
                name: "notifications_outbox");

            migrationBuilder.DropTable(
                name: "notifications_preference");

            migrationBuilder.DropColumn(
                name: "TemplateKey",
                table: "notifications_notification");

            migrationBuilder.DropColumn(
                name: "Values",
                table: "notifications_notification");
        }
    }
}
