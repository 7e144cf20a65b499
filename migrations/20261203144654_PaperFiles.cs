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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
