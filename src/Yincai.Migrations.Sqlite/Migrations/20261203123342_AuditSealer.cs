using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yincai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditSealer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows are now written unsealed (no sequence, no hash) and chained later by the sealer: an id that orders insertion
            // becomes the key, the old rows keep their sequence as their id. A table rebuild, by hand, so that the ids are theirs.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_audit_entry" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_audit_entry" PRIMARY KEY AUTOINCREMENT,
                    "Sequence" INTEGER NULL,
                    "OccurredAtUtc" TEXT NOT NULL,
                    "Action" TEXT NOT NULL,
                    "Outcome" INTEGER NOT NULL,
                    "ActorId" TEXT NULL,
                    "ActorName" TEXT NULL,
                    "EntityType" TEXT NULL,
                    "EntityId" TEXT NULL,
                    "RegionCode" TEXT NULL,
                    "Before" TEXT NULL,
                    "After" TEXT NULL,
                    "IpAddress" TEXT NULL,
                    "PreviousHash" TEXT NULL,
                    "Hash" TEXT NULL);
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_audit_entry" ("Id", "Sequence", "OccurredAtUtc", "Action", "Outcome", "ActorId", "ActorName", "EntityType", "EntityId", "RegionCode", "Before", "After", "IpAddress", "PreviousHash", "Hash")
                SELECT "Sequence", "Sequence", "OccurredAtUtc", "Action", "Outcome", "ActorId", "ActorName", "EntityType", "EntityId", "RegionCode", "Before", "After", "IpAddress", "PreviousHash", "Hash" FROM "audit_entry";
                """);
            // Dropping the table drops its indexes and its append-only triggers; DROP TABLE fires no DELETE trigger.
            migrationBuilder.Sql("""DROP TABLE "audit_entry";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_audit_entry" RENAME TO "audit_entry";""");

            migrationBuilder.CreateIndex(name: "IX_audit_entry_ActorId_OccurredAtUtc", table: "audit_entry", columns: new[] { "ActorId", "OccurredAtUtc" });
            migrationBuilder.CreateIndex(name: "IX_audit_entry_EntityType_EntityId", table: "audit_entry", columns: new[] { "EntityType", "EntityId" });
            migrationBuilder.CreateIndex(name: "IX_audit_entry_OccurredAtUtc", table: "audit_entry", column: "OccurredAtUtc");
            migrationBuilder.CreateIndex(name: "IX_audit_entry_Sequence", table: "audit_entry", column: "Sequence", unique: true);
            migrationBuilder.CreateIndex(name: "IX_audit_entry_unsealed", table: "audit_entry", column: "Id", filter: "\"Sequence\" IS NULL");

            // Still append-only, with one exception: the sealer sets the sequence and hashes of an unsealed row, and nothing else.
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
                WHEN OLD."Sequence" IS NOT NULL OR NEW."Sequence" IS NULL OR NEW."PreviousHash" IS NULL OR NEW."Hash" IS NULL
                    OR NEW."Id" IS NOT OLD."Id" OR NEW."OccurredAtUtc" IS NOT OLD."OccurredAtUtc" OR NEW."Action" IS NOT OLD."Action" OR NEW."Outcome" IS NOT OLD."Outcome" OR NEW."ActorId" IS NOT OLD."ActorId" OR NEW."ActorName" IS NOT OLD."ActorName" OR NEW."EntityType" IS NOT OLD."EntityType" OR NEW."EntityId" IS NOT OLD."EntityId" OR NEW."RegionCode" IS NOT OLD."RegionCode" OR NEW."Before" IS NOT OLD."Before" OR NEW."After" IS NOT OLD."After" OR NEW."IpAddress" IS NOT OLD."IpAddress"
                BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END;
                """);
            migrationBuilder.Sql("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only a sealed trail goes back: the old key is the sequence.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS audit_entry_no_delete;""");
            migrationBuilder.Sql("""DELETE FROM "audit_entry" WHERE "Sequence" IS NULL;""");
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_audit_entry" (
                    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_audit_entry" PRIMARY KEY,
                    "OccurredAtUtc" TEXT NOT NULL,
                    "Action" TEXT NOT NULL,
                    "Outcome" INTEGER NOT NULL,
                    "ActorId" TEXT NULL,
                    "ActorName" TEXT NULL,
                    "EntityType" TEXT NULL,
                    "EntityId" TEXT NULL,
                    "RegionCode" TEXT NULL,
                    "Before" TEXT NULL,
                    "After" TEXT NULL,
                    "IpAddress" TEXT NULL,
                    "PreviousHash" TEXT NOT NULL,
                    "Hash" TEXT NOT NULL);
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_audit_entry" ("Sequence", "OccurredAtUtc", "Action", "Outcome", "ActorId", "ActorName", "EntityType", "EntityId", "RegionCode", "Before", "After", "IpAddress", "PreviousHash", "Hash")
                SELECT "Sequence", "OccurredAtUtc", "Action", "Outcome", "ActorId", "ActorName", "EntityType", "EntityId", "RegionCode", "Before", "After", "IpAddress", "PreviousHash", "Hash" FROM "audit_entry";
                """);
            migrationBuilder.Sql("""DROP TABLE "audit_entry";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_audit_entry" RENAME TO "audit_entry";""");
            migrationBuilder.CreateIndex(name: "IX_audit_entry_ActorId_OccurredAtUtc", table: "audit_entry", columns: new[] { "ActorId", "OccurredAtUtc" });
            migrationBuilder.CreateIndex(name: "IX_audit_entry_EntityType_EntityId", table: "audit_entry", columns: new[] { "EntityType", "EntityId" });
            migrationBuilder.CreateIndex(name: "IX_audit_entry_OccurredAtUtc", table: "audit_entry", column: "OccurredAtUtc");
            migrationBuilder.Sql("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END;");
        }
    }
}
