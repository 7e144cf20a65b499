using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CommitteeHub.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class PaperFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_files", x => x.Id);
                });

            foreach (var table in new[] { "documents", "document_revisions" })
            {
                migrationBuilder.AddColumn<int>(name: "FileId", table: table, type: "integer", nullable: true);
                migrationBuilder.AddColumn<string>(name: "FileSha256", table: table, type: "character varying(64)", maxLength: 64, nullable: true);
            }
            migrationBuilder.AddColumn<int>(name: "FileSize", table: "document_revisions", type: "integer", nullable: true);

            // Every kept file moves to a row of its own: each paper and earlier version is given the next file id first,
            // then its bytes are copied under that id, with the size and SHA-256 that pages and printed packs now read.
            foreach (var table in new[] { "documents", "document_revisions" })
                migrationBuilder.Sql($"""
                    UPDATE {table}
                       SET "FileId" = nextval(pg_get_serial_sequence('document_files', 'Id')),
                           "FileSha256" = encode(sha256("Content"), 'hex'),
                           "FileSize" = octet_length("Content")
                     WHERE "Content" IS NOT NULL;
                    INSERT INTO document_files ("Id", "Content") SELECT "FileId", "Content" FROM {table} WHERE "Content" IS NOT NULL;
                    """);

            migrationBuilder.DropColumn(name: "Content", table: "documents");
            migrationBuilder.DropColumn(name: "Content", table: "document_revisions");

            migrationBuilder.CreateIndex(
                name: "IX_documents_FileId",
                table: "documents",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_document_revisions_FileId",
                table: "document_revisions",
                column: "FileId");

            migrationBuilder.AddForeignKey(
                name: "FK_document_revisions_document_files_FileId",
                table: "document_revisions",
                column: "FileId",
                principalTable: "document_files",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_documents_document_files_FileId",
                table: "documents",
                column: "FileId",
                principalTable: "document_files",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // A file no paper or earlier version refers to any more (a draft's file replaced, a paper, item or meeting
            // deleted) is deleted with it: an exempt paper's bytes must not outlive the paper. Checked at commit, when
            // a replaced file's earlier version, saved in the same transaction, already refers to it.
            migrationBuilder.Sql("""
                CREATE FUNCTION forget_unreferenced_document_file() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD."FileId" IS NOT NULL AND (TG_OP = 'DELETE' OR NEW."FileId" IS DISTINCT FROM OLD."FileId") THEN
                        DELETE FROM document_files f WHERE f."Id" = OLD."FileId"
                            AND NOT EXISTS (SELECT 1 FROM documents d WHERE d."FileId" = f."Id")
                            AND NOT EXISTS (SELECT 1 FROM document_revisions r WHERE r."FileId" = f."Id");
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER documents_forget_unreferenced_file AFTER UPDATE OF "FileId" OR DELETE ON documents
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION forget_unreferenced_document_file();
                CREATE CONSTRAINT TRIGGER document_revisions_forget_unreferenced_file AFTER DELETE ON document_revisions
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION forget_unreferenced_document_file();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER document_revisions_forget_unreferenced_file ON document_revisions;
                DROP TRIGGER documents_forget_unreferenced_file ON documents;
                DROP FUNCTION forget_unreferenced_document_file();
                """);
            migrationBuilder.DropForeignKey(name: "FK_document_revisions_document_files_FileId", table: "document_revisions");
            migrationBuilder.DropForeignKey(name: "FK_documents_document_files_FileId", table: "documents");
            migrationBuilder.DropIndex(name: "IX_documents_FileId", table: "documents");
            migrationBuilder.DropIndex(name: "IX_document_revisions_FileId", table: "document_revisions");
            foreach (var table in new[] { "documents", "document_revisions" })
            {
                migrationBuilder.AddColumn<byte[]>(name: "Content", table: table, type: "bytea", nullable: true);
                migrationBuilder.Sql($"""
                    UPDATE {table} SET "Content" = f."Content" FROM document_files f WHERE f."Id" = {table}."FileId";
                    """);
                migrationBuilder.DropColumn(name: "FileId", table: table);
                migrationBuilder.DropColumn(name: "FileSha256", table: table);
            }
            migrationBuilder.DropColumn(name: "FileSize", table: "document_revisions");
            migrationBuilder.DropTable(name: "document_files");
        }
    }
}
